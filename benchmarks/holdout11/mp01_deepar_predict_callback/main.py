# expect: crash
# pytorch-forecasting style: DeepAR's LSTM sits in model.blocks["encoder"].rnn; a PredictionLogger callback
# (callbacks.py) calls model.predict() after each epoch, which switches to eval and never switches back; the
# Trainer (trainer.py) never calls model.train() itself, so epoch 2 backpropagates through an eval-mode LSTM.
import torch

from callbacks import PredictionLogger
from models import DeepAR
from trainer import Trainer


def make_batches(n, bs=4, T=12):
    out = []
    for _ in range(n):
        t = torch.linspace(0, 3, T) + torch.rand(bs, 1)
        out.append({"target": torch.sin(t) + 0.05 * torch.randn(bs, T),
                    "covariates": torch.stack([torch.cos(t), t / 3], -1)})
    return out


torch.manual_seed(0)
train_batches, val_batches = make_batches(3), make_batches(1)
deepar = DeepAR.from_dataset(train_batches[0], hidden_size=16, rnn_layers=2)
trainer = Trainer(max_epochs=3, callbacks=[PredictionLogger(val_batches)])
print("final train loss", trainer.fit(deepar, train_batches))
print("done")
