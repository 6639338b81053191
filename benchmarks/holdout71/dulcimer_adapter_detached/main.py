# expect: clean
import torch
from torch import nn

from dulcimer import StrikeFrontEnd, ToneEncoder, fit_adapter


def main():
    torch.manual_seed(2)
    encoder = ToneEncoder().frozen()
    frontend = StrikeFrontEnd()
    head = nn.Linear(12, 5)
    batches = [(torch.randn(4, 3, 16), torch.randint(0, 5, (4,))) for _ in range(3)]
    fit_adapter(frontend, encoder, head, batches)


if __name__ == "__main__":
    main()
