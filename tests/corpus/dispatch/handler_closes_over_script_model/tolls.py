# expect: crash
"""The package's validation handler closes over the script's module-level model (handed to
`attach_validation`); the script trains it once, at "started", so from the second epoch the script's
own `update` runs its backward after the handler's eval()."""
import torch
import torch.nn as nn

from tollrun import Engine, Events
from tollrun.reporting import attach_validation


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
    loss.backward()  # TM001-here
    opt.step()


trainer = Engine(update)


@trainer.on(Events.STARTED)
def set_train_mode(engine):
    model.train()


attach_validation(trainer, model, [(torch.randn(2, 5, 3), torch.randn(2, 1))])
trainer.run([(torch.randn(2, 5, 3), torch.randn(2, 1)) for _ in range(3)], max_epochs=2)
