# expect: clean
# category: framework
"""ECG beat classification with a bidirectional RNN in a skorch-style NeuralNet; a callback scores predictions."""
import torch
from torch import nn

from netlib import Callback, NeuralNet

torch.manual_seed(6)


class BeatRNN(nn.Module):
    def __init__(self, n_leads=2, num_units=10, n_classes=3, nonlin="relu"):
        super().__init__()
        self.rnn = nn.RNN(n_leads, num_units, nonlinearity=nonlin, bidirectional=True, batch_first=True)
        self.norm = nn.LayerNorm(2 * num_units)
        self.output = nn.Linear(2 * num_units, n_classes)

    def forward(self, X):
        seq, _ = self.rnn(X)
        return self.output(self.norm(seq.max(dim=1).values))


class ValidAccuracy(Callback):
    def initialize(self):
        self.scores = []
        return self

    def on_epoch_end(self, net, X_valid=None, y_valid=None, **kwargs):
        if X_valid is None:
            return
        acc = (net.predict(X_valid) == y_valid).float().mean().item()
        self.scores.append(acc)
        print(f"epoch {len(net.history)} train {net.history[-1]['train_loss']:.3f} "
              f"valid {net.history[-1]['valid_loss']:.3f} acc {acc:.2f}")


X = torch.randn(40, 16, 2)
y = (X[:, :, 0].mean(1) > 0).long() + (X[:, :, 1].std(1) > 1).long()
X_valid, y_valid = torch.randn(12, 16, 2), torch.randint(0, 3, (12,))

scorer = ValidAccuracy()
net = NeuralNet(
    BeatRNN,
    criterion=nn.CrossEntropyLoss,
    optimizer=torch.optim.Adam,
    lr=1e-2,
    max_epochs=3,
    callbacks=[scorer],
    num_units=12,
)
net.fit(X, y, X_valid, y_valid)
print("best acc", max(scorer.scores))
