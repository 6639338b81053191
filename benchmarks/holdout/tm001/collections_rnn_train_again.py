# expect: clean
# category: collections
"""BatchNorm statistics frozen (eval) for small-batch fine-tuning; recurrent layers switched back to train."""
import torch
import torch.nn as nn


class AcousticModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.frontend = nn.Sequential(nn.Conv1d(4, 8, 3, padding=1), nn.BatchNorm1d(8), nn.ReLU())
        self.rnn = nn.LSTM(8, 16, batch_first=True, bidirectional=True)
        self.classifier = nn.Linear(32, 5)

    def forward(self, feats):
        h = self.frontend(feats.transpose(1, 2)).transpose(1, 2)
        return self.classifier(self.rnn(h)[0])


torch.manual_seed(0)
am = AcousticModel()
am.eval()
for module in am.modules():
    if isinstance(module, (nn.LSTM, nn.GRU, nn.RNN, nn.Linear)):
        module.train()
opt = torch.optim.SGD(am.parameters(), lr=0.01)
for _ in range(3):
    feats, labels = torch.randn(2, 9, 4), torch.randint(0, 5, (2, 9))
    loss = nn.functional.cross_entropy(am(feats).flatten(0, 1), labels.flatten())
    opt.zero_grad()
    loss.backward()
    opt.step()
