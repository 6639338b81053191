# expect: crash
"""Ferry timetable delays: the trainer keeps a list of callbacks that starts empty; the script appends a probe
to `trainer.callbacks` after building it. The probe's `on_epoch_end` puts the model in eval mode, and the next
epoch's backward runs the GRU in eval mode."""
import torch
import torch.nn.functional as F


class Trainer:
    def __init__(self, model):
        self.model = model
        self.opt = torch.optim.SGD(model.parameters(), lr=0.1)
        self.callbacks = []

    def fit(self, epochs=2):
        for epoch in range(epochs):
            x, y = torch.randn(4, 6, 3), torch.randn(4, 1)
            loss = F.mse_loss(self.model(x), y)
            self.opt.zero_grad()
            loss.backward()  # TM001-here
            self.opt.step()
            for cb in self.callbacks:
                cb.on_epoch_end(self)


class DelayNet(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = torch.nn.GRU(3, 5, batch_first=True)
        self.out = torch.nn.Linear(5, 1)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1])


class DelayProbe:
    def on_epoch_end(self, trainer):
        trainer.model.eval()
        with torch.no_grad():
            print(trainer.model(torch.randn(2, 6, 3)).mean().item())


torch.manual_seed(3)
trainer = Trainer(DelayNet())
trainer.callbacks.append(DelayProbe())
trainer.fit()
