# expect: crash
"""The engine (engine.py) keeps the handlers `@trainer.on(...)` registers and fires them after each
epoch; log_validation leaves the global model in eval mode for the next epoch's train_step."""
import torch
import torch.nn as nn

from engine import Engine


class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1])


model = Encoder()
opt = torch.optim.Adam(model.parameters())


def train_step(engine, batch):
    opt.zero_grad()
    loss = model(batch).pow(2).mean()
    loss.backward()  # TM001-here
    opt.step()


trainer = Engine(train_step)


@trainer.on("epoch_completed")
def log_validation(engine):
    model.eval()
    with torch.no_grad():
        print(engine.state["epoch"], model(torch.randn(2, 5, 4)).mean().item())


model.train()
trainer.run([torch.randn(2, 5, 4) for _ in range(2)], max_epochs=2)
