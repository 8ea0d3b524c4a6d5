"""The labelled tagger sets (`SETS`: dev, holdout, final, the probes, blind and the sealed sets) and the checks every one of them must pass.

A typo in a gold set (a bad ISO code, an alias instead of the canonical name, a gold line
pointing at no article) would silently turn into a "miss" and skew every score, so each set is
checked on its own, without the tagger.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pycountry
import yaml

from warrantwatch.models import VISIT_STATUSES, WARRANT_STATUSES
from warrantwatch.settings import REFERENCE_DIR

TAG_TESTS = Path(__file__).resolve().parent
ARTICLE_KEYS = {"id", "url", "title", "published", "text"}
VISIT_KEYS = {"article", "kind", "traveler", "host_country", "status", "date", "city", "occasion"}
WARRANT_KEYS = {"article", "kind", "subject", "court", "status", "date"}
DATE_FORMS = (r"\d{4}", r"\d{4}-\d{2}", r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class GoldSet:
    name: str  # folder under tests/tag/
    prefix: str  # article ids are PREFIX-NNN, urls http://HOST/PREFIX-NNN
    host: str
    words: tuple[int, int]
    min_articles: int
    min_distractors: int

    @property
    def folder(self) -> Path:
        return TAG_TESTS / self.name

    def articles(self) -> list[dict]:
        return read_jsonl(self.folder / "articles.jsonl")

    def gold(self) -> list[dict]:
        return read_jsonl(self.folder / "gold.jsonl")


SETS = (
    GoldSet("dev", "dev", "dev.example", (80, 300), 60, 15),
    GoldSet("holdout", "ho", "holdout.example", (120, 350), 40, 12),
    GoldSet("final", "fi", "final.example", (150, 400), 30, 10),
    GoldSet("blind", "bl", "blind.example", (150, 450), 35, 10),
    GoldSet("probe", "pr", "probe.example", (150, 450), 35, 10),
    GoldSet("sealed", "SEA", "sealed.example", (150, 450), 35, 10),
    GoldSet("probe2", "p2", "probe2.example", (150, 450), 35, 10),
    GoldSet("probe3", "p3", "probe3.example", (150, 450), 35, 10),
    GoldSet("sealed2", "S2", "sealed2.example", (150, 450), 35, 10),
    GoldSet("probe4", "p4", "probe4.example", (150, 450), 35, 10),
    GoldSet("probe5", "p5", "probe5.example", (150, 450), 35, 10),
    GoldSet("probe6", "p6", "probe6.example", (150, 450), 35, 10),
    GoldSet("probe7", "p7", "probe7.example", (150, 450), 35, 10),
    GoldSet("probe8", "p8", "probe8.example", (150, 450), 35, 10),
    GoldSet("sealed3", "S3", "sealed3.example", (150, 450), 35, 10),
    GoldSet("probe9", "p9", "probe9.example", (150, 450), 35, 10),
    GoldSet("probe10", "p10", "probe10.example", (150, 450), 35, 10),
    GoldSet("probe11", "p11", "probe11.example", (150, 450), 35, 10),
    GoldSet("sealed4", "S4", "sealed4.example", (150, 450), 35, 10),
    GoldSet("probe12", "p12", "probe12.example", (150, 450), 35, 10),
    GoldSet("probe13", "p13", "probe13.example", (150, 450), 35, 10),
    GoldSet("sealed5", "S5", "sealed5.example", (150, 450), 35, 10),
    GoldSet("probe15", "p15", "probe15.example", (150, 450), 35, 10),
    GoldSet("probe14", "p14", "probe14.example", (150, 450), 35, 10),
    GoldSet("probe16", "p16", "probe16.example", (150, 450), 35, 10),
    GoldSet("sealed6", "S6", "sealed6.example", (150, 450), 35, 10),
    GoldSet("sealed7", "S7", "sealed7.example", (150, 450), 35, 10),
    GoldSet("probe17", "p17", "probe17.example", (150, 450), 35, 10),
    GoldSet("probe18", "p18", "probe18.example", (150, 450), 35, 10),
    GoldSet("probe19", "p19", "probe19.example", (150, 450), 35, 10),
    GoldSet("sealed8", "S8", "sealed8.example", (150, 450), 35, 10),
    GoldSet("probe20", "p20", "probe20.example", (150, 450), 35, 10),
    GoldSet("probe21", "p21", "probe21.example", (150, 450), 35, 10),
    GoldSet("probe22", "p22", "probe22.example", (150, 450), 35, 10),
    GoldSet("probe23", "p23", "probe23.example", (150, 450), 35, 10),
    GoldSet("sealed9", "S9", "sealed9.example", (150, 450), 35, 10),
    GoldSet("probe24", "p24", "probe24.example", (150, 450), 35, 10),
    GoldSet("sealed10", "S10", "sealed10.example", (150, 450), 35, 10),
    GoldSet("probe25", "p25", "probe25.example", (150, 450), 35, 10),
    GoldSet("sealed11", "S11", "sealed11.example", (150, 450), 35, 10),
    GoldSet("probe26", "p26", "probe26.example", (150, 450), 35, 10),
    GoldSet("sealed12", "S12", "sealed12.example", (150, 450), 35, 10),
    GoldSet("probe27", "p27", "probe27.example", (150, 450), 35, 10),
    GoldSet("sealed13", "S13", "sealed13.example", (150, 450), 35, 10),
    GoldSet("probe28", "p28", "probe28.example", (150, 450), 35, 10),
    GoldSet("probe29", "p29", "probe29.example", (150, 450), 35, 10),
    GoldSet("sealed14", "S14", "sealed14.example", (150, 450), 35, 10),
    GoldSet("probe30", "p30", "probe30.example", (150, 450), 35, 10),
    GoldSet("sealed15", "S15", "sealed15.example", (150, 450), 35, 10),
    GoldSet("probe31", "p31", "probe31.example", (150, 450), 35, 10),
    GoldSet("probe32", "p32", "probe32.example", (150, 450), 35, 10),
    GoldSet("sealed17", "S17", "sealed17.example", (150, 450), 35, 10),
    GoldSet("probe33", "p33", "probe33.example", (150, 450), 35, 10),
    GoldSet("probe34", "p34", "probe34.example", (150, 450), 35, 10),
    GoldSet("probe35", "p35", "probe35.example", (150, 450), 35, 10),
    GoldSet("sealed18", "S18", "sealed18.example", (150, 450), 35, 10),
    GoldSet("probe36", "p36", "probe36.example", (150, 450), 35, 10),
    GoldSet("probe37", "p37", "probe37.example", (150, 450), 35, 10),
    GoldSet("probe38", "p38", "probe38.example", (150, 450), 35, 10),
    GoldSet("sealed19", "S19", "sealed19.example", (150, 450), 35, 10),
    GoldSet("probe39", "p39", "probe39.example", (150, 450), 35, 10),
    GoldSet("sealed20", "S20", "sealed20.example", (150, 450), 35, 10),
    GoldSet("sealed21", "S21", "sealed21.example", (150, 450), 35, 10),
    GoldSet("probe40", "p40", "probe40.example", (150, 450), 35, 10),
    GoldSet("sealed22", "S22", "sealed22.example", (150, 450), 35, 10),
    GoldSet("probe41", "p41", "probe41.example", (150, 450), 35, 10),
    GoldSet("probe42", "p42", "probe42.example", (150, 450), 35, 10),
    GoldSet("sealed23", "S23", "sealed23.example", (150, 450), 35, 10),
    GoldSet("sealed24", "S24", "sealed24.example", (150, 450), 35, 10),
    GoldSet("probe43", "p43", "probe43.example", (150, 450), 35, 10),
    GoldSet("sealed25", "S25", "sealed25.example", (150, 450), 35, 10),
    GoldSet("probe44", "p44", "probe44.example", (150, 450), 35, 10),
    GoldSet("sealed26", "S26", "sealed26.example", (150, 450), 35, 10),
    GoldSet("probe45", "p45", "probe45.example", (150, 450), 35, 10),
    GoldSet("probe46", "p46", "probe46.example", (150, 450), 35, 10),
    GoldSet("sealed27", "S27", "sealed27.example", (150, 450), 35, 10),
    GoldSet("probe47", "p47", "probe47.example", (150, 450), 35, 10),
    GoldSet("sealed28", "S28", "sealed28.example", (150, 450), 35, 10),
    GoldSet("probe48", "p48", "probe48.example", (150, 450), 35, 10),
    GoldSet("sealed29", "S29", "sealed29.example", (150, 450), 35, 10),
    GoldSet("probe49", "p49", "probe49.example", (150, 450), 35, 10),
    GoldSet("sealed30", "S30", "sealed30.example", (150, 450), 35, 10),
    GoldSet("probe50", "p50", "probe50.example", (150, 450), 35, 10),
    GoldSet("sealed31", "S31", "sealed31.example", (150, 450), 35, 10),
    GoldSet("probe51", "p51", "probe51.example", (150, 450), 35, 10),
    GoldSet("sealed32", "S32", "sealed32.example", (150, 450), 35, 10),
    GoldSet("probe52", "p52", "probe52.example", (150, 450), 35, 10),
    GoldSet("probe53", "p53", "probe53.example", (150, 450), 35, 10),
    GoldSet("sealed33", "S33", "sealed33.example", (150, 450), 35, 10),
    GoldSet("probe54", "p54", "probe54.example", (150, 450), 35, 10),
    GoldSet("sealed34", "S34", "sealed34.example", (150, 450), 35, 10),
    GoldSet("probe55", "p55", "probe55.example", (150, 450), 35, 10),
    GoldSet("sealed35", "S35", "sealed35.example", (150, 450), 35, 10),
    GoldSet("probe56", "p56", "probe56.example", (150, 450), 35, 10),
    GoldSet("probe57", "p57", "probe57.example", (150, 450), 35, 10),
    GoldSet("probe58", "p58", "probe58.example", (150, 450), 35, 10),
    GoldSet("probe59", "p59", "probe59.example", (150, 450), 35, 10),
    GoldSet("sealed38", "S38", "sealed38.example", (150, 450), 35, 10),
    GoldSet("probe60", "p60", "probe60.example", (150, 450), 35, 10),
    GoldSet("sealed39", "S39", "sealed39.example", (150, 450), 35, 10),
    GoldSet("probe61", "p61", "probe61.example", (150, 450), 35, 10),
    GoldSet("probe62", "p62", "probe62.example", (150, 450), 35, 10),
    GoldSet("sealed40", "S40", "sealed40.example", (150, 450), 35, 10),
    GoldSet("sealed41", "S41", "sealed41.example", (150, 450), 35, 10),
    GoldSet("sealed42", "S42", "sealed42.example", (150, 450), 35, 10),
    GoldSet("sealed43", "S43", "sealed43.example", (150, 450), 35, 10),
    GoldSet("sealed44", "S44", "sealed44.example", (150, 450), 35, 10),
    GoldSet("sealed45", "S45", "sealed45.example", (150, 450), 35, 10),
    GoldSet("sealed46", "S46", "sealed46.example", (150, 450), 35, 10),
    GoldSet("sealed47", "S47", "sealed47.example", (150, 450), 35, 10),
    GoldSet("sealed48", "S48", "sealed48.example", (150, 450), 35, 10),
    GoldSet("sealed49", "S49", "sealed49.example", (150, 450), 35, 10),
    GoldSet("sealed50", "S50", "sealed50.example", (150, 450), 35, 10),
    GoldSet("sealed51", "S51", "sealed51.example", (150, 450), 35, 10),
    GoldSet("sealed52", "S52", "sealed52.example", (150, 450), 35, 10),
    GoldSet("sealed53", "S53", "sealed53.example", (150, 450), 35, 10),
    GoldSet("sealed54", "S54", "sealed54.example", (150, 450), 35, 10),
    GoldSet("sealed55", "S55", "sealed55.example", (150, 450), 35, 10),
    GoldSet("sealed56", "S56", "sealed56.example", (150, 450), 35, 10),
    GoldSet("sealed57", "S57", "sealed57.example", (150, 450), 35, 10),
    GoldSet("sealed58", "S58", "sealed58.example", (150, 450), 35, 10),
    GoldSet("sealed59", "S59", "sealed59.example", (150, 450), 35, 10),
    GoldSet("sealed60", "S60", "sealed60.example", (150, 450), 35, 10),
    GoldSet("sealed61", "S61", "sealed61.example", (150, 450), 35, 10),
    GoldSet("sealed62", "S62", "sealed62.example", (150, 450), 35, 10),
    GoldSet("sealed63", "S63", "sealed63.example", (150, 450), 35, 10),
    GoldSet("sealed64", "S64", "sealed64.example", (150, 450), 35, 10),
    GoldSet("sealed65", "S65", "sealed65.example", (150, 450), 35, 10),
    GoldSet("sealed66", "S66", "sealed66.example", (150, 450), 35, 10),
    GoldSet("sealed67", "S67", "sealed67.example", (150, 450), 35, 10),
    GoldSet("sealed68", "S68", "sealed68.example", (150, 450), 35, 10),
    GoldSet("sealed69", "S69", "sealed69.example", (150, 450), 35, 10),
    GoldSet("sealed70", "S70", "sealed70.example", (150, 450), 35, 10),
    GoldSet("sealed71", "S71", "sealed71.example", (150, 450), 35, 10),
    GoldSet("sealed72", "S72", "sealed72.example", (150, 450), 35, 10),
    GoldSet("sealed73", "S73", "sealed73.example", (150, 450), 35, 10),
    GoldSet("sealed74", "S74", "sealed74.example", (150, 450), 35, 10),
    GoldSet("sealed75", "S75", "sealed75.example", (150, 450), 35, 10),
    GoldSet("sealed76", "S76", "sealed76.example", (150, 450), 35, 10),
    GoldSet("sealed77", "S77", "sealed77.example", (150, 450), 35, 10),
    GoldSet("sealed78", "S78", "sealed78.example", (150, 450), 35, 10),
    GoldSet("sealed79", "S79", "sealed79.example", (150, 450), 35, 10),
    GoldSet("sealed80", "S80", "sealed80.example", (150, 450), 35, 10),
    GoldSet("sealed81", "S81", "sealed81.example", (150, 450), 35, 10),
    GoldSet("sealed82", "S82", "sealed82.example", (150, 450), 35, 10),
    GoldSet("sealed83", "S83", "sealed83.example", (150, 450), 35, 10),
    GoldSet("sealed84", "S84", "sealed84.example", (150, 450), 35, 10),
    GoldSet("sealed85", "S85", "sealed85.example", (150, 450), 35, 10),
    GoldSet("sealed86", "S86", "sealed86.example", (150, 450), 35, 10),
    GoldSet("sealed87", "S87", "sealed87.example", (150, 450), 35, 10),
    GoldSet("sealed88", "S88", "sealed88.example", (150, 450), 35, 10),
    GoldSet("sealed89", "S89", "sealed89.example", (150, 450), 35, 10),
    GoldSet("sealed90", "S90", "sealed90.example", (150, 450), 35, 10),
    GoldSet("sealed91", "S91", "sealed91.example", (150, 450), 35, 10),
    GoldSet("sealed92", "S92", "sealed92.example", (150, 450), 35, 10),
    GoldSet("sealed93", "S93", "sealed93.example", (150, 450), 35, 10),
    GoldSet("sealed94", "S94", "sealed94.example", (150, 450), 35, 10),
    GoldSet("sealed95", "S95", "sealed95.example", (150, 450), 35, 10),
    GoldSet("sealed96", "S96", "sealed96.example", (150, 450), 35, 10),
    GoldSet("sealed97", "S97", "sealed97.example", (150, 450), 35, 10),
    GoldSet("sealed98", "S98", "sealed98.example", (150, 450), 35, 10),
    GoldSet("sealed99", "S99", "sealed99.example", (150, 450), 35, 10),
    GoldSet("sealed100", "S100", "sealed100.example", (150, 450), 35, 10),
    GoldSet("sealed101", "S101", "sealed101.example", (150, 450), 35, 10),
    GoldSet("sealed102", "S102", "sealed102.example", (150, 450), 35, 10),
    GoldSet("sealed103", "S103", "sealed103.example", (150, 450), 35, 10),
    GoldSet("sealed104", "S104", "sealed104.example", (150, 450), 35, 10),
    GoldSet("sealed105", "S105", "sealed105.example", (150, 450), 35, 10),
    GoldSet("sealed106", "S106", "sealed106.example", (150, 450), 35, 10),
    GoldSet("sealed107", "S107", "sealed107.example", (150, 450), 35, 10),
    GoldSet("sealed108", "S108", "sealed108.example", (150, 450), 35, 10),
    GoldSet("sealed109", "S109", "sealed109.example", (150, 450), 35, 10),
    GoldSet("sealed110", "S110", "sealed110.example", (150, 450), 35, 10),
    GoldSet("sealed111", "S111", "sealed111.example", (150, 450), 35, 10),
    GoldSet("sealed112", "S112", "sealed112.example", (150, 450), 35, 10),
    GoldSet("probe64", "p64", "probe64.example", (150, 450), 35, 10),
    GoldSet("probe63", "p63", "probe63.example", (150, 450), 35, 10),
    GoldSet("probe65", "p65", "probe65.example", (150, 450), 35, 10),
    GoldSet("probe66", "p66", "probe66.example", (150, 450), 35, 10),
    GoldSet("probe67", "p67", "probe67.example", (150, 450), 35, 10),
    GoldSet("probe68", "p68", "probe68.example", (150, 450), 35, 10),
    GoldSet("probe69", "p69", "probe69.example", (150, 450), 35, 10),
    GoldSet("probe70", "p70", "probe70.example", (150, 450), 35, 10),
    GoldSet("probe71", "p71", "probe71.example", (150, 450), 35, 10),
    GoldSet("probe72", "p72", "probe72.example", (150, 450), 35, 10),
    GoldSet("probe73", "p73", "probe73.example", (150, 450), 35, 10),
    GoldSet("probe74", "p74", "probe74.example", (150, 450), 35, 10),
    GoldSet("probe75", "p75", "probe75.example", (150, 450), 35, 10),
    GoldSet("probe76", "p76", "probe76.example", (150, 450), 35, 10),
    GoldSet("probe77", "p77", "probe77.example", (150, 450), 35, 10),
    GoldSet("probe78", "p78", "probe78.example", (150, 450), 35, 10),
    GoldSet("probe79", "p79", "probe79.example", (150, 450), 35, 10),
    GoldSet("probe80", "p80", "probe80.example", (150, 450), 35, 10),
    GoldSet("probe81", "p81", "probe81.example", (150, 450), 35, 10),
    GoldSet("probe82", "p82", "probe82.example", (150, 450), 35, 10),
    GoldSet("probe83", "p83", "probe83.example", (150, 450), 35, 10),
    GoldSet("probe84", "p84", "probe84.example", (150, 450), 35, 10),
    GoldSet("probe85", "p85", "probe85.example", (150, 450), 35, 10),
    GoldSet("probe86", "p86", "probe86.example", (150, 450), 35, 10),
    GoldSet("probe87", "p87", "probe87.example", (150, 450), 35, 10),
    GoldSet("probe88", "p88", "probe88.example", (150, 450), 35, 10),
    GoldSet("probe89", "p89", "probe89.example", (150, 450), 35, 10),
    GoldSet("probe90", "p90", "probe90.example", (150, 450), 35, 10),
    GoldSet("probe91", "p91", "probe91.example", (150, 450), 35, 10),
    GoldSet("probe92", "p92", "probe92.example", (150, 450), 35, 10),
    GoldSet("probe93", "p93", "probe93.example", (150, 450), 35, 10),
    GoldSet("probe94", "p94", "probe94.example", (150, 450), 35, 10),
    GoldSet("probe95", "p95", "probe95.example", (150, 450), 35, 10),
    GoldSet("probe96", "p96", "probe96.example", (150, 450), 35, 10),
    GoldSet("probe97", "p97", "probe97.example", (150, 450), 35, 10),
    GoldSet("probe98", "p98", "probe98.example", (150, 450), 35, 10),
    GoldSet("probe99", "p99", "probe99.example", (150, 450), 35, 10),
    GoldSet("probe100", "p100", "probe100.example", (150, 450), 35, 10),
    GoldSet("probe101", "p101", "probe101.example", (150, 450), 35, 10),
    GoldSet("probe102", "p102", "probe102.example", (150, 450), 35, 10),
    GoldSet("probe103", "p103", "probe103.example", (150, 450), 35, 10),
    GoldSet("probe104", "p104", "probe104.example", (150, 450), 35, 10),
    GoldSet("probe105", "p105", "probe105.example", (150, 450), 35, 10),
    GoldSet("probe106", "p106", "probe106.example", (150, 450), 35, 10),
    GoldSet("probe107", "p107", "probe107.example", (150, 450), 35, 10),
    GoldSet("probe108", "p108", "probe108.example", (150, 450), 35, 10),
    GoldSet("probe109", "p109", "probe109.example", (150, 450), 35, 10),
    GoldSet("probe110", "p110", "probe110.example", (150, 450), 35, 10),
    GoldSet("probe111", "p111", "probe111.example", (150, 450), 35, 10),
    GoldSet("probe112", "p112", "probe112.example", (150, 450), 35, 10),
    GoldSet("probe113", "p113", "probe113.example", (150, 450), 35, 10),
    GoldSet("probe114", "p114", "probe114.example", (150, 450), 35, 10),
    GoldSet("probe115", "p115", "probe115.example", (150, 450), 35, 10),
    GoldSet("probe116", "p116", "probe116.example", (150, 450), 35, 10),
    GoldSet("probe117", "p117", "probe117.example", (150, 450), 35, 10),
    GoldSet("probe118", "p118", "probe118.example", (150, 450), 35, 10),
    GoldSet("probe119", "p119", "probe119.example", (150, 450), 35, 10),
    GoldSet("probe120", "p120", "probe120.example", (150, 450), 35, 10),
    GoldSet("probe121", "p121", "probe121.example", (150, 450), 35, 10),
    GoldSet("probe122", "p122", "probe122.example", (150, 450), 35, 10),
    GoldSet("probe123", "p123", "probe123.example", (150, 450), 35, 10),
    GoldSet("probe124", "p124", "probe124.example", (150, 450), 35, 10),
    GoldSet("probe125", "p125", "probe125.example", (150, 450), 35, 10),
    GoldSet("probe126", "p126", "probe126.example", (150, 450), 35, 10),
    GoldSet("probe127", "p127", "probe127.example", (150, 450), 35, 10),
    GoldSet("probe128", "p128", "probe128.example", (150, 450), 35, 10),
    GoldSet("probe129", "p129", "probe129.example", (150, 450), 35, 10),
    GoldSet("probe130", "p130", "probe130.example", (150, 450), 35, 10),
    GoldSet("probe131", "p131", "probe131.example", (150, 450), 35, 10),
    GoldSet("probe132", "p132", "probe132.example", (150, 450), 35, 10),
    GoldSet("sealed36", "S36", "sealed36.example", (150, 450), 35, 10),
    GoldSet("sealed37", "S37", "sealed37.example", (150, 450), 35, 10),
    GoldSet("sealed16", "S16", "sealed16.example", (150, 450), 35, 10),
)


def read_jsonl(path: Path) -> list[dict]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        assert line.strip(), f"{path.name}:{number} is blank"
        row = json.loads(line)
        assert isinstance(row, dict), f"{path.name}:{number} is not a JSON object"
        rows.append(row)
    return rows


def valid_date(text: str) -> bool:
    """True for YYYY, YYYY-MM or YYYY-MM-DD naming a real calendar year, month or day."""
    if not any(re.fullmatch(form, text) for form in DATE_FORMS):
        return False
    parts = [int(p) for p in text.split("-")] + [1, 1]
    try:
        date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return True


def people() -> dict[str, dict]:
    return {p["name"]: p for p in yaml.safe_load((REFERENCE_DIR / "people.yaml").read_text(encoding="utf-8"))}


def person_of(fact: dict) -> str:
    return fact.get("traveler") or fact.get("subject")


def check_articles(spec: GoldSet, articles: list[dict]) -> None:
    ids = [a["id"] for a in articles]
    assert len(ids) == len(set(ids)), [i for i, n in Counter(ids).items() if n > 1]
    assert len(articles) >= spec.min_articles
    low, high = spec.words
    for a in articles:
        assert set(a) == ARTICLE_KEYS, (a["id"], set(a) ^ ARTICLE_KEYS)
        assert re.fullmatch(rf"{spec.prefix}-\d{{3}}", a["id"]), a["id"]
        assert a["url"] == f"http://{spec.host}/{a['id']}", a["id"]
        assert a["title"].strip(), a["id"]
        assert date(2023, 1, 1) <= date.fromisoformat(a["published"]) <= date(2026, 12, 31), a["id"]
        assert low <= len(a["text"].split()) <= high, (a["id"], len(a["text"].split()))
        assert "\n\n" in a["text"], f"{a['id']} has a single paragraph"
        assert "\n\n\n" not in a["text"], f"{a['id']} has an empty paragraph"


def check_gold(spec: GoldSet, articles: list[dict], gold: list[dict]) -> None:
    ids = {a["id"] for a in articles}
    assert not sorted({g["article"] for g in gold} - ids), "gold lines point at missing articles"
    distractors = ids - {g["article"] for g in gold}
    assert len(distractors) >= spec.min_distractors, sorted(distractors)
    known = people()
    for g in gold:
        where = f"{g.get('article')} {g}"
        if g["kind"] == "visit":
            assert set(g) == VISIT_KEYS, where
            assert g["status"] in VISIT_STATUSES, where
            assert pycountry.countries.get(alpha_3=g["host_country"]) is not None, where
            for optional in ("city", "occasion"):
                assert g[optional] is None or (isinstance(g[optional], str) and g[optional].strip()), where
            # The host receiving a guest at home is the guest's visit; a domestic trip is none.
            assert known[g["traveler"]].get("country") != g["host_country"], where
        elif g["kind"] == "warrant":
            assert set(g) == WARRANT_KEYS, where
            assert g["status"] in WARRANT_STATUSES, where
            # The ICC, or a national court named by its country's ISO 3166-1 alpha-3 code.
            assert g["court"] == "ICC" or pycountry.countries.get(alpha_3=g["court"]) is not None, where
        else:
            raise AssertionError(f"unknown kind: {where}")
        # The eval matches names exactly: an alias or a misspelling would count as a miss.
        assert person_of(g) in known, where
        assert g["date"] is None or valid_date(g["date"]), where
    keys = Counter(
        (g["article"], g["kind"], person_of(g), g.get("host_country") or g.get("court"), g["date"]) for g in gold
    )
    assert not [k for k, n in keys.items() if n > 1], "the same fact twice in one article"
