"""Regression floors: the tagger's strict F1 on every labelled set may not fall below what it scored
when the floors were set, and the sets used to find failure classes get no facts at all from their
distractor articles. Floors are a little under the measured scores (see README, "Tagging
quality"); raise them when the tagger gets better, never lower them to let a change through."""

from __future__ import annotations

import pytest

from tests.tag.goldsets import SETS
from warrantwatch.evaluate import evaluate, predict

# set -> (visit F1 floor, warrant F1 floor, distractor facts allowed)
FLOORS = {
    "dev": (0.94, 0.99, 0),
    "holdout": (0.95, 0.95, 0),
    "final": (0.93, 0.97, 0),
    # Written without the tagger and never read while writing rules (aggregate scores only): floors
    # against regressions, far under the targets.
    "blind": (0.86, 0.80, None),
    "sealed": (0.79, 0.94, 0),
    "sealed2": (0.80, 0.82, 0),
    "sealed3": (0.88, 0.94, 0),  # (written in session 4, after the rules of sessions 1-3)
    "sealed4": (0.84, 0.95, 1),  # (written in session 5; first run: visits 0.767, warrants 0.923, 1 distractor fact)
    "sealed5": (0.90, 0.94, 0),  # (written late in session 5; first run: visits 0.847, warrants 0.786, none in distractors)
    "sealed6": (0.87, 0.94, 0),  # (written in session 6; first run at 77a0a19: visits 0.832, warrants 0.936, none in distractors)
    "sealed7": (0.71, 0.93, 2),  # (written in session 6; first run at 0af802b: visits 0.667, warrants 0.902, 3 distractor facts)
    "sealed8": (0.82, 0.94, 2),  # (written in session 7; first run at 33a8d36: visits 0.736, warrants 0.957, 2 distractor facts)
    "sealed9": (0.81, 0.95, 0),  # (written in session 8; first run at fafbf8b: visits 0.757, warrants 0.961, none in distractors)
    "sealed10": (0.79, 0.92, 1),  # (written in session 8; first run at 6d02698: visits 0.667, warrants 0.909, 2 distractor facts)
    "sealed11": (0.78, 0.91, 0),  # (written in session 9; first run at 9b6be86: visits 0.733, warrants 0.875, none in distractors)
    "sealed12": (0.77, 0.93, 0),  # (written in session 9; first run at d1cbfb9: visits 0.679, warrants 0.912, none in distractors)
    "sealed13": (0.73, 0.92, 1),  # (written in session 9; first run at 676539b: visits 0.695, warrants 0.933, 1 distractor fact)
    "sealed14": (0.76, 0.90, 1),  # (written in session 9; first run at 2d22658: visits 0.767, warrants 0.828, 1 distractor fact)
    "sealed15": (0.83, 0.87, 1),  # (written in session 9; first run at 9327d25: visits 0.740, warrants 0.842, 1 distractor fact)
    "sealed16": (0.87, 0.87, 0),  # (written in session 9; first run at ef8e1c9: visits 0.786, warrants 0.889, 1 distractor fact)
    "sealed17": (0.86, 0.97, 1),  # (written in session 10; first run at 4334878: visits 0.757, warrants 0.931, 1 distractor fact)
    "sealed18": (0.86, 0.96, 1),  # (written in session 11; first run at f1661fe: visits 0.807, warrants 0.978, 1 distractor fact)
    "sealed19": (0.78, 0.93, 1),  # (written in session 12; first run at d248dce: visits 0.726, warrants 0.926, 1 distractor fact)
    "sealed20": (0.83, 0.78, 0),  # (written in session 12; first run at dc9bb8d: visits 0.788, warrants 0.744, none in distractors)
    "sealed21": (0.77, 0.93, 0),  # (written in session 13; first run at 7969290: visits 0.714, warrants 0.912, none in distractors)
    "probe40": (0.92, 0.96, 0),  # (written in session 13; first run at 953fc7f: visits 0.662, warrants 0.784, 3 in distractors)
    "sealed22": (0.82, 0.95, 1),  # (written in session 13; first run at 25249d5: visits 0.734, warrants 0.967, 1 in distractors)
    "probe41": (0.94, 0.97, 0),  # (written in session 13; first run at aa21a0b: visits 0.842, warrants 0.949, none in distractors)
    "sealed23": (0.88, 0.94, 0),  # (written in session 14; first run at 5665c62: visits 0.805, warrants 0.930, none in distractors)
    "sealed24": (0.83, 0.93, 2),  # (written in session 14; first run at a48344b: visits 0.809, warrants 0.896, 2 in distractors)
    "probe43": (0.90, 0.96, 0),  # (written in session 14; first run at a48344b: visits 0.737, warrants 0.875, none in distractors)
    "sealed25": (0.81, 0.97, 0),  # (written in session 14; first run at 42d7a77: visits 0.779, warrants 0.947, none in distractors)
    "sealed26": (0.73, 0.94, 0),  # (written in session 15; first run at b35ae71: visits 0.702, warrants 0.927, none in distractors)
    "sealed27": (0.82, 0.90, 2),  # (written in session 15; first run at e1860cf: visits 0.772, warrants 0.919, two distractor facts)
    "sealed28": (0.81, 0.88, 0),  # (written in session 15; first run at 9c6f5dc: visits 0.773, warrants 0.895, none in distractors)
    "sealed29": (0.76, 0.81, 0),  # (written in session 15; first run at 9453735: visits 0.757, warrants 0.778, one distractor fact)
    "sealed30": (0.81, 0.95, 0),  # (written in session 15; first run at d3f70ee: visits 0.792, warrants 0.960, none in distractors)
    "sealed31": (0.80, 0.89, 0),  # (written in session 16; first run at 385f708: visits 0.789, warrants 0.875, none in distractors)
    "sealed32": (0.70, 0.91, 1),  # (written in session 16; first run at b61cbe5: visits 0.645, warrants 0.789, one distractor fact)
    "sealed33": (0.82, 0.96, 3),  # (written in session 16; first run at e5b5b2d: visits 0.763, warrants 0.979, three distractor facts)
    "sealed34": (0.87, 0.99, 0),  # (written in session 16; first run at 1bbe7b1: visits 0.835, warrants 0.970, none in distractors)
    "sealed35": (0.79, 0.81, 0),  # (written in session 17; first run at 74851eb: visits 0.731, warrants 0.786, none in distractors)
    "sealed36": (0.88, 0.82, 1),  # (written in session 17; first run at a907821: visits 0.862, warrants 0.818, one distractor fact)
    "sealed37": (0.75, 0.76, 0),  # (written in session 17; first run at d5d6f44: visits 0.735, warrants 0.667, none in distractors)
    "sealed38": (0.80, 0.99, 1),  # (written in session 17; first run at ae77ceb: visits 0.770, warrants 1.000, one distractor fact)
    "sealed39": (0.77, 0.91, 0),  # (written in session 17; first run at 098f9d5: visits 0.752, warrants 0.929, none in distractors)
    "sealed40": (0.70, 0.94, 1),  # (written in session 17; first run at fa0c364: visits 0.707, warrants 0.950, one distractor fact)
    "sealed41": (0.89, 0.87, 0),  # (written in session 18; first run at d2e4bc7: visits 0.864, warrants 0.875, none in distractors)
    "sealed42": (0.78, 0.95, 0),  # (written in session 18; first run at d2e4bc7: visits 0.739, warrants 0.957, one distractor fact)
    "sealed43": (0.67, 0.85, 0),  # (written in session 18; first run at 40e59c6: visits 0.680, warrants 0.824, none in distractors)
    "sealed44": (0.78, 0.91, 0),  # (written in session 18; first run at 2297288: visits 0.764, warrants 0.919, none in distractors)
    "sealed45": (0.76, 0.99, 0),  # (written in session 18; first run at 4bc6c32: visits 0.729, warrants 0.897, none in distractors)
    "sealed46": (0.77, 0.74, 0),  # (written in session 18; first run at 60bd758: visits 0.746, warrants 0.690, none in distractors)
    "sealed47": (0.79, 0.90, 0),  # (written in session 19; first run at 72b288f: visits 0.766, warrants 0.906, none in distractors; 0.755 with the tagger of the session's start)
    "sealed48": (0.80, 0.99, 0),  # (written in session 19; first run at 72b288f: visits 0.796, warrants 1.000, none in distractors)
    "sealed49": (0.91, 0.94, 0),  # (written in session 19; first run at 245af07: visits 0.896, warrants 0.944, none in distractors)
    "sealed50": (0.79, 0.97, 0),  # (written in session 19; first run at 245af07: visits 0.773, warrants 0.973, none in distractors)
    "sealed51": (0.81, 0.99, 0),  # (written in session 19; first run at 462b98b: visits 0.800, warrants 0.966, none in distractors; 0.783 with the tagger of the session's start)
    "sealed52": (0.89, 0.79, 0),  # (written in session 19; first run at 462b98b: visits 0.860, warrants 0.800, none in distractors; 0.850 with the tagger of the session's start)
    "sealed53": (0.87, 0.97, 1),  # (written in session 20; first run at b988c37: visits 0.838, warrants 0.979, 1 in distractors)
    "sealed54": (0.90, 0.95, 0),  # (written in session 20; first run at b988c37: visits 0.906, warrants 0.952, none in distractors)
    "sealed55": (0.86, 0.96, 0),  # (written in session 20; first run at 82a3cf3: visits 0.862, warrants 0.963, none in distractors)
    "sealed56": (0.81, 0.94, 0),  # (written in session 20; first run at 68e2104: visits 0.778, warrants 0.939, 1 in distractors)
    "sealed57": (0.74, 0.97, 0),  # (written in session 20; first run at 52e1d2e: visits 0.748, warrants 0.976, none in distractors)
    "sealed58": (0.73, 0.89, 0),  # (written in session 20; first run at 52e1d2e: visits 0.732, warrants 0.875, none in distractors)
    "sealed59": (0.82, 0.96, 0),  # (written in session 20; first run at 620d017: visits 0.822, warrants 0.957, none in distractors)
    "sealed60": (0.84, 0.99, 1),  # (written in session 20; first run at 620d017: visits 0.837, warrants 1.000, 1 in distractors)
    "sealed61": (0.65, 0.94, 0),  # (written in session 21; first run at 4d544b1: visits 0.642, warrants 0.947, none in distractors; the same with the tagger of the session's start)
    "sealed62": (0.80, 0.95, 0),  # (written in session 21; first run at 66e2a0b: visits 0.789, warrants 0.828, none in distractors; the same with the tagger of the session's start)
    "sealed63": (0.81, 0.88, 1),  # (written in session 21; first run at 40ce841: visits 0.804, warrants 0.884, 1 in distractors; the same with the tagger of the session's start)
    "sealed64": (0.76, 0.95, 0),  # (written in session 21; first run at 40ce841: visits 0.764, warrants 0.960, none in distractors; the same with the tagger of the session's start)
    "sealed65": (0.74, 0.83, 0),  # (written in session 21; first run at c20736d: visits 0.739, warrants 0.833, none in distractors; 0.727 on visits with the tagger of the session's start)
    "sealed66": (0.80, 0.97, 0),  # (written in session 21; first run at c20736d: visits 0.810, warrants 0.977, none in distractors; the same with the tagger of the session's start)
    "sealed67": (0.87, 0.94, 0),  # (written in session 22; first run at 31a09d9: visits 0.875, warrants 0.941, none in distractors; the same with the tagger of the session's start)
    "sealed68": (0.82, 0.94, 0),  # (written in session 22; first run at 31a09d9: visits 0.797, warrants 0.864, none in distractors; the same with the tagger of the session's start)
    "sealed69": (0.88, 0.90, 0),  # (written in session 22; first run at 248059b: visits 0.887, warrants 0.906, none in distractors; the same with the tagger of the session's start)
    "sealed70": (0.75, 0.97, 0),  # (written in session 22; first run at 248059b: visits 0.729, warrants 0.973, none in distractors; the same with the tagger of the session's start)
    "sealed71": (0.83, 0.80, 0),  # (written in session 22; first run at 819ad49: visits 0.824, warrants 0.769, none in distractors; the same with the tagger of the session's start)
    "sealed72": (0.80, 0.77, 0),  # (written in session 22; first run at 819ad49: visits 0.803, warrants 0.727, none in distractors; the same with the tagger of the session's start)
    "sealed73": (0.76, 0.95, 0),  # (written in session 23; first run at 84d3da8: visits 0.762, warrants 0.955, none in distractors; the same with the tagger of the session's start)
    "sealed74": (0.78, 0.89, 0),  # (written in session 23; first run at 84d3da8: visits 0.756, warrants 0.900, none in distractors; the same with the tagger of the session's start)
    "sealed75": (0.73, 0.96, 1),  # (written in session 23; first run at f2de9a8: visits 0.729, warrants 0.970, 1 in distractors; the same with the tagger of the session's start)
    "sealed76": (0.77, 0.88, 0),  # (written in session 23; first run at f2de9a8: visits 0.748, warrants 0.875, none in distractors; visits 0.739 with the tagger of the session's start)
    "sealed77": (0.89, 0.93, 0),  # (written in session 24; first run at 3dabdf6: visits 0.891, warrants 0.933, none in distractors; the same with the tagger of the session's start)
    "sealed78": (0.74, 0.82, 1),  # (written in session 24; first run at 465bd4a: visits 0.746, warrants 0.824, 1 in distractors; the same with the tagger of the session's start)
    "sealed79": (0.91, 0.88, 0),  # (written in session 24; first run at 7cbf46c: visits 0.918, warrants 0.882, none in distractors; the same with the tagger of the session's start)
    "sealed80": (0.78, 0.97, 0),  # (written in session 24; first run at 13ef34f: visits 0.788, warrants 0.974, none in distractors; the same with the tagger of the session's start)
    "sealed81": (0.89, 0.96, 2),  # (written in session 25; first run at 079fbe8: visits 0.897, warrants 0.938, 2 in distractors; the same with the tagger of the session's start)
    "sealed82": (0.89, 0.95, 0),  # (written in session 25; first run at 079fbe8: visits 0.846, warrants 0.955, none in distractors; the same with the tagger of the session's start)
    "sealed83": (0.81, 0.86, 0),  # (written in session 25; first run at 079fbe8: visits 0.807, warrants 0.865, none in distractors; the same with the tagger of the session's start)
    "sealed84": (0.82, 0.94, 0),  # (written in session 25; first run at 079fbe8: visits 0.814, warrants 0.909, none in distractors; the same with the tagger of the session's start)
    "sealed85": (0.64, 0.66, 0),  # (written in session 26; first run at 03faf0c: visits 0.647, warrants 0.667, none in distractors; the same with the tagger of the session's start)
    "sealed86": (0.74, 0.89, 0),  # (written in session 26; first run at 03faf0c: visits 0.738, warrants 0.842, none in distractors; the same with the tagger of the session's start)
    "sealed87": (0.77, 0.95, 0),  # (written in session 26; first run at 03faf0c: visits 0.775, warrants 0.960, none in distractors; the same with the tagger of the session's start)
    "sealed88": (0.83, 0.90, 1),  # (written in session 26; first run at 03faf0c: visits 0.840, warrants 0.903, 1 in distractors; the same with the tagger of the session's start)
    "sealed89": (0.84, 0.90, 1),  # (written in session 27; first run at 792ada0, the tagger of the session's start: visits 0.846, warrants 0.903, 2 in distractors)
    "sealed90": (0.74, 0.81, 1),  # (written in session 27; first run at 792ada0, the tagger of the session's start: visits 0.746, warrants 0.714, 1 in distractors)
    "sealed91": (0.74, 0.84, 0),  # (written in session 27; first run at 792ada0, the tagger of the session's start: visits 0.750, warrants 0.846, none in distractors)
    "sealed92": (0.83, 0.96, 0),  # (written in session 27; first run at 792ada0, the tagger of the session's start: visits 0.830, warrants 0.966, none in distractors)
    "sealed93": (0.83, 0.88, 1),  # (written in session 28; first run at f9965c2, the tagger of the session's start: visits 0.813, warrants 0.884, 1 in distractors)
    "sealed94": (0.77, 0.95, 0),  # (written in session 28; first run at f9965c2, the tagger of the session's start: visits 0.743, warrants 0.960, none in distractors)
    "sealed95": (0.84, 0.96, 2),  # (written in session 28; first run at f9965c2, the tagger of the session's start: visits 0.841, warrants 0.963, 2 in distractors)
    "sealed96": (0.81, 0.93, 0),  # (written in session 28; first run at f9965c2, the tagger of the session's start: visits 0.817, warrants 0.902, none in distractors)
    "sealed97": (0.80, 0.90, 0),  # (written in session 29; first run at 74ed530, the tagger of the session's start: visits 0.806, warrants 0.909, none in distractors)
    "sealed98": (0.73, 0.95, 4),  # (written in session 29; first run at 74ed530, the tagger of the session's start: visits 0.736, warrants 0.957, 4 in distractors)
    "sealed99": (0.86, 0.88, 0),  # (written in session 29; first run at 74ed530, the tagger of the session's start: visits 0.865, warrants 0.889, none in distractors)
    "sealed100": (0.82, 0.99, 0),  # (written in session 29; first run at 74ed530, the tagger of the session's start: visits 0.822, warrants 1.000, none in distractors)
    "sealed101": (0.80, 0.96, 0),  # (written in session 30; first run at aafff10, the tagger of the session's start: visits 0.800, warrants 0.970, none in distractors)
    "sealed102": (0.84, 0.85, 0),  # (written in session 30; first run at aafff10, the tagger of the session's start: visits 0.836, warrants 0.833, none in distractors)
    "sealed103": (0.63, 0.99, 0),  # (written in session 30; first run at aafff10, the tagger of the session's start: visits 0.633, warrants 1.000, none in distractors)
    "sealed104": (0.82, 0.79, 0),  # (written in session 30; first run at aafff10, the tagger of the session's start: visits 0.820, warrants 0.800, none in distractors)
    "sealed105": (0.84, 0.99, 0),  # (written in session 31; first run at ac60f0c, the tagger of the session's start: visits 0.841, warrants 1.000, none in distractors)
    "sealed106": (0.73, 0.96, 0),  # (written in session 31; first run at ac60f0c, the tagger of the session's start: visits 0.731, warrants 0.970, none in distractors)
    "sealed107": (0.68, 0.90, 0),  # (written in session 31; first run at ac60f0c, the tagger of the session's start: visits 0.672, warrants 0.903, none in distractors)
    "sealed108": (0.83, 0.99, 0),  # (written in session 31; first run at ac60f0c, the tagger of the session's start: visits 0.835, warrants 1.000, none in distractors)
    "sealed109": (0.83, 0.96, 0),  # (written in session 32; first run at 0a26914, the tagger of the session's start: visits 0.838, warrants 0.963, none in distractors)
    "sealed110": (0.80, 0.87, 0),  # (written in session 32; first run at 0a26914, the tagger of the session's start: visits 0.806, warrants 0.878, none in distractors)
    "sealed111": (0.86, 0.99, 0),  # (written in session 32; first run at 0a26914, the tagger of the session's start: visits 0.867, warrants 1.000, none in distractors)
    "sealed112": (0.81, 0.99, 1),  # (written in session 32; first run at 0a26914, the tagger of the session's start: visits 0.814, warrants 1.000, 1 in distractors)
    "probe44": (0.86, 0.95, 0),  # (written in session 14; first run at 42d7a77: visits 0.632, warrants 0.714, none in distractors)
    "probe45": (0.85, 0.81, 0),  # (written in session 15; first run at cf48aff: visits 0.701, warrants 0.821, none in distractors)
    "probe46": (0.86, 0.93, 0),  # (written in session 15; first run at cf48aff: visits 0.756, warrants 0.788, one distractor fact)
    "probe47": (0.84, 0.92, 0),  # (written in session 15; first run at 2d668d0: visits 0.663, warrants 0.837, none in distractors)
    "probe48": (0.89, 0.99, 0),  # (written in session 15; first run at b3b1793: visits 0.847, warrants 0.936, none in distractors)
    "probe49": (0.86, 0.92, 0),  # (written in session 15; first run at 9453735: visits 0.677, warrants 0.839, one distractor fact)
    "probe50": (0.86, 0.94, 0),  # (written in session 15; first run at 84e2d33: visits 0.677, warrants 0.889, none in distractors)
    "probe51": (0.84, 0.86, 0),  # (written in session 16; first run at 2555ab5: visits 0.711, warrants 0.780, none in distractors)
    "probe52": (0.76, 0.90, 0),  # (written in session 16; first run at 16890d1: visits 0.624, warrants 0.700, one distractor fact)
    "probe53": (0.80, 0.99, 0),  # (written in session 16; first run at d87c1eb: visits 0.718, warrants 0.905, none in distractors)
    "probe54": (0.79, 0.94, 0),  # (written in session 16; first run at 195a8ac: visits 0.718, warrants 0.872, one distractor fact)
    "probe55": (0.85, 0.99, 0),  # (written in session 16; first run at 1bbe7b1: visits 0.768, warrants 0.979, none in distractors)
    "probe56": (0.87, 0.99, 0),  # (written in session 17; first run at 74851eb: visits 0.807, warrants 0.970, none in distractors)
    "probe57": (0.78, 0.94, 0),  # (written in session 17; first run at 74851eb: visits 0.732, warrants 0.927, none in distractors)
    "probe58": (0.82, 0.93, 0),  # (written in session 17; first run at 7e738ca: visits 0.720, warrants 0.944, none in distractors)
    "probe59": (0.80, 0.90, 0),  # (written in session 17; first run at 821283e: visits 0.783, warrants 0.773, none in distractors)
    "probe60": (0.81, 0.96, 1),  # (written in session 17; first run at ae77ceb: visits 0.682, warrants 0.913, three distractor facts)
    "probe61": (0.89, 0.88, 0),  # (written in session 17; first run at 098f9d5: visits 0.857, warrants 0.842, one distractor fact)
    "probe62": (0.83, 0.95, 0),  # (written in session 17; first run at 23bd36c: visits 0.726, warrants 0.923, none in distractors; 0.718 with the tagger of the session's start)
    "probe63": (0.78, 0.92, 0),  # (written in session 18; first run at 96fb378: visits 0.752, warrants 0.866, none in distractors)
    "probe64": (0.80, 0.90, 1),  # (written in session 18; first run at d2e4bc7: visits 0.722, warrants 0.909, one distractor fact)
    "probe65": (0.86, 0.89, 0),  # (written in session 18; first run at fab8dc2: visits 0.790, warrants 0.897, none in distractors)
    "probe66": (0.82, 0.84, 0),  # (written in session 18; first run at ba122d2: visits 0.693, warrants 0.810, none in distractors)
    "probe67": (0.79, 0.96, 1),  # (written in session 18; first run at 2297288: visits 0.768, warrants 0.919, two distractor facts)
    "probe68": (0.82, 0.95, 0),  # (written in session 18; first run at a95cf8e: visits 0.750, warrants 0.917, none in distractors; 0.706 with the tagger of the session's start)
    "probe69": (0.85, 0.91, 0),  # (written in session 19; first run at 72b288f: visits 0.800, warrants 0.846, none in distractors)
    "probe70": (0.87, 0.94, 0),  # (written in session 19; first run at 72b288f: visits 0.873, warrants 0.833, none in distractors)
    "probe71": (0.82, 0.99, 0),  # (written in session 19; first run at 245af07: visits 0.707, warrants 0.923, none in distractors)
    "probe72": (0.79, 0.96, 0),  # (written in session 19; first run at 643b72c: visits 0.692, warrants 0.909, none in distractors)
    "probe73": (0.82, 0.93, 0),  # (written in session 19; first run at 9412cc9: visits 0.774, warrants 0.865, none in distractors; 0.778 with the tagger of the session's start)
    "probe74": (0.82, 0.94, 0),  # (written in session 19; first run at 9412cc9: visits 0.766, warrants 0.842, none in distractors)
    "probe75": (0.70, 0.96, 0),  # (written in session 20; first run at b988c37: visits 0.659, warrants 0.966, none in distractors)
    "probe76": (0.83, 0.90, 1),  # (written in session 20; first run at 8b686ee: visits 0.754, warrants 0.750, 3 in distractors)
    "probe77": (0.80, 0.99, 0),  # (written in session 20; first run at 0e95782: visits 0.741, warrants 0.947, none in distractors)
    "probe78": (0.81, 0.96, 0),  # (written in session 20; first run at 82a3cf3: visits 0.704, warrants 0.950, none in distractors)
    "probe79": (0.82, 0.95, 0),  # (written in session 20; first run at 53deeac: visits 0.793, warrants 0.792, none in distractors)
    "probe80": (0.83, 0.96, 1),  # (written in session 20; first run at 53deeac: visits 0.758, warrants 0.909, 2 in distractors)
    "probe81": (0.80, 0.88, 1),  # (written in session 21; first run at 66e2a0b: visits 0.698, warrants 0.842, 1 in distractors; the same with the tagger of the session's start)
    "probe82": (0.79, 0.93, 0),  # (written in session 21; first run at 4d544b1: visits 0.772, warrants 0.882, 3 in distractors; the same with the tagger of the session's start)
    "probe83": (0.85, 0.99, 0),  # (written in session 21; first run at 40ce841: visits 0.797, warrants 0.968, none in distractors; the same with the tagger of the session's start)
    "probe84": (0.78, 0.99, 0),  # (written in session 21; first run at 40ce841: visits 0.718, warrants 0.727, 3 in distractors; the same with the tagger of the session's start)
    "probe85": (0.89, 0.96, 0),  # (written in session 21; first run at 2d1c880: visits 0.882, warrants 0.857, 1 in distractors; the same with the tagger of the session's start)
    "probe86": (0.78, 0.95, 0),  # (written in session 21; first run at 2833e99: visits 0.692, warrants 0.880, 2 in distractors; the same with the tagger of the session's start)
    "probe87": (0.79, 0.99, 0),  # (written in session 22; first run at 31a09d9: visits 0.759, warrants 0.980, none in distractors; the same with the tagger of the session's start)
    "probe88": (0.71, 0.96, 0),  # (written in session 22; first run at 31a09d9: visits 0.710, warrants 0.889, none in distractors; the same with the tagger of the session's start)
    "probe89": (0.84, 0.99, 0),  # (written in session 22; first run at 248059b: visits 0.795, warrants 0.923, 1 in distractors; the same with the tagger of the session's start)
    "probe90": (0.89, 0.99, 0),  # (written in session 22; first run at 248059b: visits 0.835, warrants 0.923, 1 in distractors; the same with the tagger of the session's start)
    "probe91": (0.83, 0.94, 0),  # (written in session 22; first run at 819ad49: visits 0.677, warrants 0.930, 1 in distractors; the same with the tagger of the session's start)
    "probe92": (0.89, 0.95, 0),  # (written in session 22; first run at 819ad49: visits 0.869, warrants 0.952, none in distractors; the same with the tagger of the session's start)
    "probe93": (0.76, 0.99, 0),  # (written in session 23; first run at 84d3da8: visits 0.684, warrants 0.900, none in distractors; the same with the tagger of the session's start)
    "probe94": (0.84, 0.91, 0),  # (written in session 23; first run at 84d3da8: visits 0.778, warrants 0.889, none in distractors; the same with the tagger of the session's start)
    "probe95": (0.91, 0.94, 0),  # (written in session 23; first run at f2de9a8: visits 0.726, warrants 0.878, none in distractors; the same with the tagger of the session's start)
    "probe96": (0.95, 0.91, 0),  # (written in session 23; first run at f2de9a8: visits 0.919, warrants 0.757, 1 in distractors; the same with the tagger of the session's start)
    "probe97": (0.80, 0.97, 0),  # (written in session 24; first run at 3dabdf6: visits 0.786, warrants 0.974, none in distractors; the same with the tagger of the session's start)
    "probe98": (0.82, 0.99, 2),  # (written in session 24; first run at 465bd4a: visits 0.760, warrants 0.929, 4 in distractors; the same with the tagger of the session's start)
    "probe99": (0.82, 0.99, 0),  # (written in session 24; first run at 3004533: visits 0.798, warrants 1.000, none in distractors; visits 0.790, warrants 0.973, 1 in distractors with the tagger of the session's start)
    "probe100": (0.87, 0.90, 0),  # (written in session 24; first run at 6f4c4d2: visits 0.872, warrants 0.772, 1 in distractors; visits 0.857 with the tagger of the session's start)
    "probe101": (0.86, 0.96, 0),  # (written in session 25; first run at 079fbe8: visits 0.788, warrants 0.872, none in distractors; the same with the tagger of the session's start)
    "probe102": (0.80, 0.96, 0),  # (written in session 25; first run at 079fbe8: visits 0.746, warrants 0.963, 1 in distractors; the same with the tagger of the session's start)
    "probe103": (0.90, 0.86, 0),  # (written in session 25; first run at 079fbe8: visits 0.870, warrants 0.826, none in distractors; the same with the tagger of the session's start)
    "probe104": (0.86, 0.89, 0),  # (written in session 25; first run at 079fbe8: visits 0.845, warrants 0.900, none in distractors; the same with the tagger of the session's start)
    "probe105": (0.87, 0.90, 0),  # (written in session 26; first run at 03faf0c: visits 0.872, warrants 0.882, 1 in distractors; the same with the tagger of the session's start)
    "probe106": (0.77, 0.95, 0),  # (written in session 26; first run at 03faf0c: visits 0.699, warrants 0.952, none in distractors; the same with the tagger of the session's start)
    "probe107": (0.84, 0.99, 0),  # (written in session 26; first run at 03faf0c: visits 0.789, warrants 0.952, 2 in distractors; the same with the tagger of the session's start)
    "probe108": (0.75, 0.96, 0),  # (written in session 26; first run at 03faf0c: visits 0.715, warrants 0.909, none in distractors; the same with the tagger of the session's start)
    "probe109": (0.77, 0.90, 0),  # (written in session 27; first run at 792ada0, the tagger of the session's start: visits 0.744, warrants 0.909, 2 in distractors)
    "probe110": (0.79, 0.92, 1),  # (written in session 27; first run at 792ada0, the tagger of the session's start: visits 0.741, warrants 0.828, 1 in distractors)
    "probe111": (0.87, 0.89, 0),  # (written in session 27; first run at 792ada0, the tagger of the session's start: visits 0.857, warrants 0.776, none in distractors)
    "probe112": (0.85, 0.89, 0),  # (written in session 27; first run at 792ada0, the tagger of the session's start: visits 0.789, warrants 0.733, 2 in distractors)
    "probe113": (0.79, 0.99, 0),  # (written in session 28; first run at f9965c2, the tagger of the session's start: visits 0.689, warrants 1.000, none in distractors)
    "probe114": (0.71, 0.88, 0),  # (written in session 28; first run at f9965c2, the tagger of the session's start: visits 0.587, warrants 0.889, 1 in distractors)
    "probe115": (0.73, 0.93, 0),  # (written in session 28; first run at f9965c2, the tagger of the session's start: visits 0.720, warrants 0.842, none in distractors)
    "probe116": (0.85, 0.95, 0),  # (written in session 28; first run at f9965c2, the tagger of the session's start: visits 0.834, warrants 0.952, none in distractors)
    "probe117": (0.82, 0.99, 0),  # (written in session 29; first run at 74ed530, the tagger of the session's start: visits 0.779, warrants 1.000, 1 in distractors)
    "probe118": (0.89, 0.96, 0),  # (written in session 29; first run at 74ed530, the tagger of the session's start: visits 0.880, warrants 0.968, none in distractors)
    "probe119": (0.82, 0.99, 1),  # (written in session 29; first run at 74ed530, the tagger of the session's start: visits 0.698, warrants 1.000, 1 in distractors)
    "probe120": (0.85, 0.88, 0),  # (written in session 29; first run at 74ed530, the tagger of the session's start: visits 0.841, warrants 0.836, none in distractors)
    "probe121": (0.86, 0.99, 1),  # (written in session 30; first run at aafff10, the tagger of the session's start: visits 0.789, warrants 1.000, 1 in distractors)
    "probe122": (0.83, 0.99, 0),  # (written in session 30; first run at aafff10, the tagger of the session's start: visits 0.721, warrants 1.000, none in distractors)
    "probe123": (0.84, 0.85, 1),  # (written in session 30; first run at aafff10, the tagger of the session's start: visits 0.796, warrants 0.857, 1 in distractors)
    "probe124": (0.83, 0.91, 0),  # (written in session 30; first run at aafff10, the tagger of the session's start: visits 0.765, warrants 0.919, 4 in distractors)
    "probe125": (0.82, 0.88, 0),  # (written in session 31; first run at ac60f0c, the tagger of the session's start: visits 0.812, warrants 0.889, none in distractors)
    "probe126": (0.72, 0.99, 1),  # (written in session 31; first run at ac60f0c, the tagger of the session's start: visits 0.671, warrants 1.000, 1 in distractors)
    "probe127": (0.70, 0.85, 0),  # (written in session 31; first run at ac60f0c, the tagger of the session's start: visits 0.637, warrants 0.857, none in distractors)
    "probe128": (0.81, 0.99, 1),  # (written in session 31; first run at ac60f0c, the tagger of the session's start: visits 0.782, warrants 1.000, 1 in distractors)
    "probe129": (0.87, 0.99, 0),  # (written in session 32; first run at 0a26914, the tagger of the session's start: visits 0.826, warrants 1.000, none in distractors)
    "probe130": (0.81, 0.95, 0),  # (written in session 32; first run at 0a26914, the tagger of the session's start: visits 0.750, warrants 0.957, none in distractors)
    "probe131": (0.82, 0.95, 0),  # (written in session 32; first run at 0a26914, the tagger of the session's start: visits 0.804, warrants 0.952, 2 in distractors)
    "probe132": (0.81, 0.89, 1),  # (written in session 32; first run at 0a26914, the tagger of the session's start: visits 0.770, warrants 0.857, 1 in distractors)
    "probe42": (0.87, 0.97, 1),  # (written in session 14; first run at 5665c62: visits 0.741, warrants 0.988, 1 in distractors)
    # Written without the tagger, then used (in session 3) to find failure classes, like holdout and final.
    "probe": (0.94, 0.99, 0),
    "probe2": (0.86, 0.99, 0),
    "probe3": (0.87, 0.99, 0),
    "probe4": (0.87, 0.98, 0),
    # Written without the tagger in session 4, then used to find failure classes.
    "probe5": (0.95, 0.90, 0),
    "probe6": (0.87, 0.96, 0),
    "probe7": (0.88, 0.97, 0),
    "probe8": (0.88, 0.95, 0),
    "probe9": (0.83, 0.96, 0),
    "probe10": (0.80, 0.92, 0),
    # Written without the tagger in session 5 (first run: visits 0.727, warrants 0.733, 2 distractor facts),
    # then used to find failure classes.
    "probe11": (0.92, 0.92, 0),
    # (first run, after the first rules of session 5: visits 0.732, warrants 0.833, no distractor facts)
    "probe12": (0.89, 0.99, 0),
    # (first run, later in session 5: visits 0.692, warrants 0.877, no distractor facts)
    "probe13": (0.94, 0.97, 0),
    # Written without the tagger in session 6 (first run: visits 0.680, warrants 0.880, 2 distractor facts),
    # then used to find failure classes.
    "probe15": (0.88, 0.97, 0),
    # (first run, after the first rules of session 6: visits 0.658, warrants 0.836, no distractor facts)
    "probe14": (0.82, 0.94, 0),
    # (first run, later in session 6: visits 0.754, warrants 0.952, no distractor facts)
    "probe16": (0.90, 0.96, 0),
    # (first run, late in session 6: visits 0.693, warrants 0.722, 2 distractor facts)
    "probe17": (0.91, 0.96, 0),
    # Written without the tagger in session 7, an ordinary month of trips (first run at 7109447: visits 0.792,
    # warrants 0.957, no distractor facts), then used to find failure classes.
    "probe18": (0.94, 0.99, 0),
    # Written without the tagger in session 7, warrant-heavy (first run at 56960d0: visits 0.840, warrants 0.941,
    # 1 distractor fact), then used to find failure classes.
    "probe19": (0.91, 0.99, 0),
    # (first run at 3c89f04: visits 0.726, warrants 0.867, 1 distractor fact; Global South trips in their agencies' words)
    "probe20": (0.89, 0.92, 0),
    # Written without the tagger in session 8 (first run at ba7b72a: visits 0.585, warrants 0.815, 3 distractor
    # facts; European, North American and Asian leaders' trips), then used to find failure classes.
    "probe21": (0.83, 0.95, 0),
    # (first run at ba7b72a: visits 0.724, warrants 0.882, 3 distractor facts; articles that hold many facts)
    "probe22": (0.87, 0.94, 0),
    # (first run at e4db03d: visits 0.746, warrants 0.933, no distractor facts; an everyday month of news)
    "probe23": (0.86, 0.99, 0),
    # (first run at 6d02698: visits 0.892, warrants 0.747, no distractor facts; warrants in ordinary news)
    "probe24": (0.92, 0.94, 0),
    # (first run at 486af28: visits 0.611, warrants 0.840, 2 distractor facts; second mentions and host-side stories)
    "probe25": (0.84, 0.91, 1),
    # (first run at 9b6be86: visits 0.743, warrants 0.898, 1 distractor fact; Africa, the Middle East, Asia, Latin America)
    "probe26": (0.89, 0.99, 0),
    # (first run at 8b88deb: visits 0.783, warrants 0.809, 2 distractor facts; warrants and the trips they bear on)
    "probe27": (0.91, 0.90, 1),
    # (first run at 80482d7: visits 0.655, warrants 0.857, 1 distractor fact; multilateral weeks, dense live pages)
    "probe28": (0.83, 0.99, 1),
    # (first run at bb8d2c5: visits 0.702, warrants 0.880, 1 distractor fact; East and Southeast Asia, state agencies)
    "probe29": (0.88, 0.95, 0),
    # (first run at 9327d25: visits 0.672, warrants 0.750, no distractor facts; ministers, royals and UN and EU chiefs)
    "probe30": (0.83, 0.91, 0),
    # (first run at ef8e1c9: visits 0.629, warrants 0.857, no distractor facts; follow-ups, previews and retrospectives)
    "probe31": (0.86, 0.97, 0),
    # (first run at 9f5256e: visits 0.743, warrants 0.848, 1 distractor fact; Europe and the Americas)
    "probe32": (0.89, 0.96, 0),
    # (first run at a8f984b: visits 0.791, warrants 0.904, no distractor facts; warrants and the trips they shape)
    "probe33": (0.91, 0.95, 0),
    # (first run at f1661fe: visits 0.800, warrants 0.930, 1 distractor fact; Asia and the Middle East, state agencies)
    "probe34": (0.91, 0.99, 0),
    # (first run at f1661fe: visits 0.730, warrants 0.905, 1 distractor fact; Africa, the UN and global gatherings)
    "probe35": (0.91, 0.94, 0),
    # (first run at 6c0df07: visits 0.897, warrants 0.809, no distractor facts; an ordinary month, written late in session 11)
    "probe36": (0.92, 0.93, 0),
    # (first run at d248dce: visits 0.803, warrants 0.842, 1 distractor fact; an ordinary month, Europe and the Americas)
    "probe37": (0.86, 0.99, 0),
    # (first run at d248dce: visits 0.810, warrants 0.966, no distractor facts; an ordinary month, Asia, Africa, the Middle East)
    "probe38": (0.92, 0.99, 0),
    # (first run at dc9bb8d: visits 0.708, warrants 0.943, 1 distractor fact; an ordinary month, written late in session 12)
    "probe39": (0.86, 0.99, 0),
}


NEVER_READ = {"blind", "sealed", "sealed2", "sealed3", "sealed4", "sealed5", "sealed6", "sealed7", "sealed8", "sealed9", "sealed10", "sealed11", "sealed12", "sealed13", "sealed14", "sealed15", "sealed16", "sealed17", "sealed18", "sealed19", "sealed20", "sealed21", "sealed22", "sealed23", "sealed24", "sealed25", "sealed26", "sealed27", "sealed28", "sealed29", "sealed30", "sealed31", "sealed32", "sealed33", "sealed34", "sealed35", "sealed36", "sealed37", "sealed38", "sealed40", "sealed41", "sealed42", "sealed43", "sealed44", "sealed45", "sealed46", "sealed47", "sealed48", "sealed49", "sealed50", "sealed51", "sealed52", "sealed53", "sealed54", "sealed55", "sealed56", "sealed57", "sealed58", "sealed59", "sealed60", "sealed61", "sealed62", "sealed63", "sealed64", "sealed65", "sealed66", "sealed67", "sealed68", "sealed69", "sealed70", "sealed71", "sealed72", "sealed73", "sealed74", "sealed75", "sealed76", "sealed77", "sealed78", "sealed79", "sealed80", "sealed81", "sealed82", "sealed84", "sealed85", "sealed86", "sealed87", "sealed88", "sealed89", "sealed90", "sealed91", "sealed92", "sealed93", "sealed94", "sealed95", "sealed96", "sealed97", "sealed98", "sealed99", "sealed100", "sealed101", "sealed104", "sealed105", "sealed106", "sealed107", "sealed108", "sealed109", "sealed110", "sealed111", "sealed112"}


@pytest.mark.parametrize("spec", SETS, ids=[s.name for s in SETS])
def test_scores_stay_above_their_floors(spec) -> None:
    visit_floor, warrant_floor, distractors_allowed = FLOORS[spec.name]
    predicted, ids = predict(spec.folder / "articles.jsonl")
    report = evaluate(spec.gold(), predicted, ids)
    assert report.kinds["visit"].f1 >= visit_floor, (spec.name, "visit", round(report.kinds["visit"].f1, 3))
    assert report.kinds["warrant"].f1 >= warrant_floor, (spec.name, "warrant", round(report.kinds["warrant"].f1, 3))
    if distractors_allowed is not None:
        # (a never-read set's failure names the article only: its text stays unread)
        shown = [f["article"] if spec.name in NEVER_READ else str(f) for f in report.distractor_facts]
        assert len(report.distractor_facts) <= distractors_allowed, shown
