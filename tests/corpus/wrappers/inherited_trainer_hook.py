# expect: crash
"""A base Trainer's fit() calls self.validate(), which only the subclass defines (with self.model.eval())."""
import torch
import torch.nn as nn


class BaseTrainer:
    def __init__(self, model, lr=1e-3):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)

    def training_step(self, batch):
        x, y = batch
        loss = nn.functional.cross_entropy(self.model(x), y)
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()

    def validate(self):
        return None

    def fit(self, batches, epochs):
        self.model.train()
        for epoch in range(epochs):
            for batch in batches:
                self.training_step(batch)
            print(epoch, self.validate())


class ClassifierTrainer(BaseTrainer):
    def validate(self):
        self.model.eval()
        with torch.no_grad():
            return self.model(torch.randn(2, 5, 3)).argmax(-1).tolist()


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 6, batch_first=True)
        self.fc = nn.Linear(6, 2)

    def forward(self, x):
        return self.fc(self.gru(x)[0][:, -1])


torch.manual_seed(0)
batches = [(torch.randn(4, 5, 3), torch.randint(0, 2, (4,)))]
ClassifierTrainer(Net()).fit(batches, epochs=2)
