# expect: clean
"""Cordwainer lasts: pretrain a foot-pressure GRU, checkpoint it, then finetune for a new last size."""
import os
import tempfile

import torch

from lasts.pretrain import pretrain
from lasts.finetune import finetune


def main():
    torch.manual_seed(9)
    fd, path = tempfile.mkstemp(suffix=".pt")
    os.close(fd)
    try:
        pretrain(path)
        print("finetune loss", finetune(path))
    finally:
        os.remove(path)


if __name__ == "__main__":
    main()
