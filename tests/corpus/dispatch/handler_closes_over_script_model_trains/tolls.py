# expect: clean
"""The package's validation handler closes over the script's module-level model (handed to
`attach_validation`); the script puts it back in train mode when each epoch starts, before its own
`update` runs the forward and backward."""
import torch
import torch.nn as nn

from tollrun2 import Engine, Events
from tollrun2.reporting import attach_validation


class TollLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.head = nn.Linear(8, 1)

    def forward(self, x):
        return self.head(self.lstm(x)[0][:, -1])


model = TollLSTM()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)


def update(engine, batch):
    x, y = batch
    loss = torch.nn.functional.mse_loss(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()


trainer = Engine(update)


@trainer.on(Events.EPOCH_STARTED)
def set_train_mode(engine):
    model.train()


attach_validation(trainer, model, [(torch.randn(2, 5, 3), torch.randn(2, 1))])
trainer.run([(torch.randn(2, 5, 3), torch.randn(2, 1)) for _ in range(3)], max_epochs=2)
