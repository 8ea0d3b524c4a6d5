"""Every labelled tagger set is well formed (see tests/tag/goldsets.py for why it matters)."""

from __future__ import annotations

import pytest

from tests.tag.goldsets import SETS, GoldSet, check_articles, check_gold


@pytest.mark.parametrize("spec", SETS, ids=[s.name for s in SETS])
def test_articles_are_well_formed(spec: GoldSet):
    check_articles(spec, spec.articles())


@pytest.mark.parametrize("spec", SETS, ids=[s.name for s in SETS])
def test_gold_is_well_formed(spec: GoldSet):
    check_gold(spec, spec.articles(), spec.gold())
