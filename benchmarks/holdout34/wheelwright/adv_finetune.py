# expect: clean
"""Wheelwright workshop: detect a mis-trued cartwheel from the spin-test vibration trace.
A released model is loaded for inference and then adversarially fine-tuned (FGSM on
the vibration trace) so it is robust to a loose accelerometer clip.
"""
import os
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from wheelwright.io import load_for_inference, release  # noqa: E402
from wheelwright.train import adversarial_finetune  # noqa: E402
from wheelwright.nets import TruingNet  # noqa: E402


def main():
    torch.manual_seed(19)
    fd, path = tempfile.mkstemp(suffix=".pt")
    os.close(fd)
    try:
        release(TruingNet(hidden=10), path)
        model = load_for_inference(path)
        print("loaded, training =", model.training)
        adversarial_finetune(model, epochs=2, eps=0.05)
    finally:
        os.remove(path)


if __name__ == "__main__":
    main()
