# expect: crash
"""The recurrent layer is `getattr(nn, cfg.rnn_type)` with ModelConfig(rnn_type="LSTM") from config.py; evaluate()
leaves the model in eval mode and the second fit() backpropagates through the LSTM without train()."""
import torch
import torch.nn as nn

from config import ModelConfig


class SeqClassifier(nn.Module):
    def __init__(self, cfg: ModelConfig):
        super().__init__()
        self.rnn = getattr(nn, cfg.rnn_type)(cfg.n_in, cfg.hidden, batch_first=True)
        self.drop = nn.Dropout(cfg.dropout)
        self.fc = nn.Linear(cfg.hidden, cfg.n_out)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.fc(self.drop(out[:, -1]))


class Trainer:
    def __init__(self, model, lr=1e-2):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)

    def fit(self, batches):
        for x, y in batches:
            loss = nn.functional.cross_entropy(self.model(x), y)
            self.opt.zero_grad()
            loss.backward()  # TM001-here
            self.opt.step()
        return loss.item()

    def evaluate(self, x, y):
        self.model.eval()
        with torch.no_grad():
            return (self.model(x).argmax(-1) == y).float().mean().item()


def make_batches(n=2):
    return [(torch.randn(4, 5, 4), torch.randint(0, 2, (4,))) for _ in range(n)]


torch.manual_seed(0)
cfg = ModelConfig(rnn_type="LSTM")
trainer = Trainer(SeqClassifier(cfg))
for stage in range(2):
    loss = trainer.fit(make_batches())
    acc = trainer.evaluate(torch.randn(4, 5, 4), torch.randint(0, 2, (4,)))
    print(stage, round(loss, 4), acc)
