# expect: clean
# category: near-miss
"""Self-training: label the unlabelled pool with the current model in eval mode, then train again on
confident pseudo-labels (switching back to train mode first)."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(64)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(3, 12, batch_first=True, nonlinearity="tanh", bidirectional=True)
        self.fc = nn.Linear(24, 2)

    def forward(self, x):
        return self.fc(self.rnn(x)[0][:, -1])


def fit(model, x, y, opt, epochs=2):
    for _ in range(epochs):
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


def pseudo_label(model, pool, threshold=0.6):
    model.eval()
    with torch.no_grad():
        probs = F.softmax(model(pool), -1)
    conf, labels = probs.max(-1)
    keep = conf > threshold
    return pool[keep], labels[keep]


x_lab, y_lab = torch.randn(10, 8, 3), torch.randint(0, 2, (10,))
pool = torch.randn(40, 8, 3)
net = Net()
opt = torch.optim.Adam(net.parameters(), lr=1e-2)
print("supervised", fit(net, x_lab, y_lab, opt))
for rnd in range(2):
    px, py = pseudo_label(net, pool)
    print(f"round {rnd}: {len(px)} pseudo-labelled")
    net.train()
    print("  loss", fit(net, torch.cat([x_lab, px]), torch.cat([y_lab, py]), opt))
