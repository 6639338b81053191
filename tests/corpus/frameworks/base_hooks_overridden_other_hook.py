# expect: crash
"""A kiln-temperature trainer with empty hooks; the base's fit() leaves the model in eval after each validation
and only calls `on_epoch_start()`. The one class the script builds overrides that hook to log the learning rate,
not to switch back: the second epoch trains the GRU in eval mode (reported once, for the subclass's object)."""
import torch
import torch.nn as nn


class KilnGRU(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.out(h[:, -1])


class HookedTrainer:
    def __init__(self, model):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=1e-3)
        self.scores = []

    def on_epoch_start(self, epoch):
        pass

    def train_batch(self, x, y):
        self.opt.zero_grad()
        loss = ((self.model(x) - y) ** 2).mean()
        loss.backward()  # TM001-here
        self.opt.step()

    def evaluate(self, x, y):
        self.model.eval()
        with torch.no_grad():
            self.scores.append(float(((self.model(x) - y) ** 2).mean()))

    def fit(self, batches, held_out, epochs=2):
        for epoch in range(epochs):
            self.on_epoch_start(epoch)
            for x, y in batches:
                self.train_batch(x, y)
            self.evaluate(*held_out)


class KilnTrainer(HookedTrainer):
    def on_epoch_start(self, epoch):
        print("epoch", epoch, "lr", self.opt.param_groups[0]["lr"])


torch.manual_seed(0)
data = [(torch.randn(4, 6, 3), torch.randn(4, 1)) for _ in range(2)]
KilnTrainer(KilnGRU()).fit(data, (torch.randn(4, 6, 3), torch.randn(4, 1)))
print("done")
