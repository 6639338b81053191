# expect: crash
"""Trainer with an EarlyStopping callback that reloads the best checkpoint when
the validation loss gets worse. The trainer calls model.train() once, before
the epoch loop; the validation hook leaves the model in eval mode.
"""
import torch

from trainer import fit
from callbacks import EarlyStopping, Validation

torch.manual_seed(3)


class Forecaster(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = torch.nn.LSTM(2, 10, batch_first=True)
        self.head = torch.nn.Linear(10, 1)

    def forward(self, x):
        return self.head(self.lstm(x)[0][:, -1])


model = Forecaster()
train = [(torch.randn(8, 12, 2), torch.randn(8, 1)) for _ in range(3)]
val = [(torch.randn(8, 12, 2), torch.randn(8, 1))]
fit(model, train, epochs=4, callbacks=[Validation(val), EarlyStopping(patience=2)])
