# expect: clean
"""The step the library's factory returns (`supervised_step(...)`, a closure of kipperloop2.py) runs in
the engine; the script's validation handler leaves eval mode after each epoch, and the handler that
trains runs at the start of every epoch, before its forwards."""
import torch
import torch.nn as nn
import torch.nn.functional as F

from kipperloop2 import Engine, supervised_step


class SmokeGRU(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(4, 8, batch_first=True)
        self.out = nn.Linear(8, 3)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1])


model = SmokeGRU()
optimizer = torch.optim.SGD(model.parameters(), lr=0.05)
trainer = Engine(supervised_step(model, optimizer, F.cross_entropy))


@trainer.on("epoch_started")
def set_train_mode(engine):
    model.train()


@trainer.on("epoch_completed")
def validate(engine):
    model.eval()
    with torch.no_grad():
        print(engine.epoch, model(torch.randn(2, 6, 4)).argmax(-1).tolist())


batches = [(torch.randn(3, 6, 4), torch.randint(0, 3, (3,))) for _ in range(2)]
trainer.run(batches, max_epochs=2)
