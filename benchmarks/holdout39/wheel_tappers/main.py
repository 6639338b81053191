# expect: crash
"""Wheel tappers: crack detection from the ring of a hammer on carriage wheels.

The acoustic encoder is pretrained; only the token embedding and the head are fine-tuned.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

from tapping import RingClassifier, fit  # noqa: E402

if __name__ == "__main__":
    model = RingClassifier(n_tokens=16, hidden=8)
    model.freeze_encoder()
    print("final loss", fit(model, steps=3))
