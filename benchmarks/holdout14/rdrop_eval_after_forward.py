# expect: clean
"""R-Drop: two stochastic forwards of the same batch (dropout differs), CE + symmetric KL. The logger switches to
eval right after the forwards to compute a clean reference accuracy — but both forwards already ran in train mode."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(30, 8)
        self.rnn = nn.LSTM(8, 8, num_layers=2, dropout=0.3, batch_first=True)
        self.drop = nn.Dropout(0.3)
        self.fc = nn.Linear(8, 3)

    def forward(self, x):
        h, _ = self.rnn(self.drop(self.emb(x)))
        return self.fc(self.drop(h[:, -1]))


def compute_kl_loss(p, q):
    p_loss = F.kl_div(F.log_softmax(p, -1), F.softmax(q, -1), reduction="batchmean")
    q_loss = F.kl_div(F.log_softmax(q, -1), F.softmax(p, -1), reduction="batchmean")
    return (p_loss + q_loss) / 2


net = Encoder()
opt = torch.optim.Adam(net.parameters(), 1e-3)
for step in range(4):
    x, y = torch.randint(0, 30, (6, 5)), torch.randint(0, 3, (6,))
    net.train()
    logits = net(x)
    logits2 = net(x)
    loss = 0.5 * (F.cross_entropy(logits, y) + F.cross_entropy(logits2, y)) + 4.0 * compute_kl_loss(logits, logits2)
    net.eval()
    with torch.no_grad():
        ref_acc = (net(x).argmax(-1) == y).float().mean().item()
    opt.zero_grad()
    loss.backward()
    opt.step()
print("rdrop ok", ref_acc)
