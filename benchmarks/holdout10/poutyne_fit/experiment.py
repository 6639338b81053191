# expect: crash
"""Poutyne-style Model.fit_generator with callbacks.

SamplePredictionLogger.on_epoch_end hands the network to a Predictor object whose
predict() calls network.eval(); Model.fit_generator put the network in train mode
once before the epoch loop, so epoch 2 backpropagates through an eval-mode LSTM.
"""
import torch
from torch import nn

from callbacks import SamplePredictionLogger
from poutyne_lite import Model


class TaggerNet(nn.Module):
    def __init__(self, n_feat=4, n_tags=5):
        super().__init__()
        self.bilstm = nn.LSTM(n_feat, 6, batch_first=True, bidirectional=True)
        self.proj = nn.Linear(12, n_tags)

    def forward(self, x):
        return self.proj(self.bilstm(x)[0]).transpose(1, 2)


def batches(n_batches=3):
    for _ in range(n_batches):
        yield torch.randn(4, 7, 4), torch.randint(0, 5, (4, 7))


def main():
    torch.manual_seed(2)
    network = TaggerNet()
    model = Model(network, "adam", nn.CrossEntropyLoss())
    logger = SamplePredictionLogger(sample=torch.randn(2, 7, 4))
    history = model.fit_generator(lambda: batches(), epochs=3, callbacks=[logger])
    print(history[-1])


if __name__ == "__main__":
    main()
