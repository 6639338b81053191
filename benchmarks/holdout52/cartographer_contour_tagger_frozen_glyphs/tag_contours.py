# expect: clean
"""Cartographer: tag contour-line segments (index / intermediate / depression) on scanned sheets.

The glyph embedding and the segment encoder are pretrained on another survey and kept frozen; the model's
own ``train()`` keeps it in eval mode so its dropout stays off.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))

import torch  # noqa: E402

from atlas import ContourTagger, fit_tagger  # noqa: E402
from atlas.training import SheetBatches  # noqa: E402


def main():
    torch.manual_seed(21)
    tagger = ContourTagger(vocab=20, emb=6, hidden=8, tags=3)
    tagger.freeze_encoder()
    batches = SheetBatches(n_sheets=8, segments=9, vocab=20, tags=3, batch=4)
    history = fit_tagger(tagger, batches, epochs=2, lr=1e-2)
    print("final loss", round(history[-1], 4))


if __name__ == "__main__":
    main()
