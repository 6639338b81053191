# expect: clean
"""The same engine and handler; train_step puts the model in train mode before each step."""
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
    model.train()
    opt.zero_grad()
    loss = model(batch).pow(2).mean()
    loss.backward()
    opt.step()


trainer = Engine(train_step)


@trainer.on("epoch_completed")
def log_validation(engine):
    model.eval()
    with torch.no_grad():
        print(engine.state["epoch"], model(torch.randn(2, 5, 4)).mean().item())


model.train()
trainer.run([torch.randn(2, 5, 4) for _ in range(2)], max_epochs=2)
