# expect: crash
"""A handler registered with a str enum member (`Events.EPOCH_COMPLETED`) runs when the engine fires
"epoch_completed"; it puts the engine's model in eval and takes an input-gradient saliency through its
LSTM with cuDNN on."""
import torch
import torch.nn as nn
import torch.nn.functional as F

from relay import Engine, Events


class RelayNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 8, batch_first=True)
        self.out = nn.Linear(8, 2)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1])


def train_step(engine, batch):
    model, opt = engine.state.model, engine.state.optimizer
    model.train()
    x, y = batch
    opt.zero_grad()
    F.cross_entropy(model(x), y).backward()
    opt.step()


def main():
    model = RelayNet()
    probe = torch.randn(2, 7, 4)
    trainer = Engine(train_step, model=model, optimizer=torch.optim.SGD(model.parameters(), lr=0.1))

    @trainer.on(Events.EPOCH_COMPLETED, every=1)
    def log_saliency(engine, every):
        net = engine.state.model
        net.eval()
        x = probe.clone().requires_grad_(True)
        net(x).max(dim=1).values.sum().backward()  # TM001-here
        print(engine.state.epoch, x.grad.abs().mean().item())

    trainer.run([(torch.randn(4, 7, 4), torch.randint(0, 2, (4,))) for _ in range(2)], max_epochs=2)


main()
