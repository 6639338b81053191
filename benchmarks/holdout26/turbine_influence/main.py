# expect: crash
"""Wind-turbine icing: gradient-similarity scores of training windows, computed with torch.func."""
import torch

from model import IcingLSTM
from scoring import loss_grads, similarity


def main():
    torch.manual_seed(9)
    model = IcingLSTM()
    train = [(torch.randn(1, 10, 5), torch.randint(0, 2, (1,))) for _ in range(3)]
    test = (torch.randn(1, 10, 5), torch.randint(0, 2, (1,)))
    g_test = loss_grads(model, *test)
    scores = [similarity(loss_grads(model, x, y), g_test) for x, y in train]
    print("scores", [round(s, 4) for s in scores])


if __name__ == "__main__":
    main()
