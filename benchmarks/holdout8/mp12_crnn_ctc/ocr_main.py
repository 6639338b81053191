# expect: clean
# CRNN + CTC: the greedy predictor sets `model.training = False` by assignment, which does not recurse,
# so the LSTM inside stays in training mode for the next epoch's CTC backward.
import torch

from crnn import CRNN, GreedyPredictor
from train_loop import ctc_epoch


def synth(n):
    out = []
    for _ in range(n):
        tl = torch.tensor([3, 2, 4])
        out.append((torch.randn(3, 1, 8, 12), torch.randint(1, 11, (int(tl.sum()),)), tl))
    return out


if __name__ == "__main__":
    torch.manual_seed(0)
    model = CRNN()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    data = synth(2)
    for epoch in range(2):
        print("epoch", epoch, "ctc", round(ctc_epoch(model, data, opt), 3))
        print(GreedyPredictor(model)(data[0][0])[:1])
