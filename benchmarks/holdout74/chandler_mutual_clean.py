# expect: clean
"""Chandler wax-blend grading with deep mutual learning: two peer networks held
in a dict, each distilled towards the other; a periodic evaluation touches both."""
import torch
import torch.nn as nn
import torch.nn.functional as F


def make_peer(kind):
    rnn = {"gru": nn.GRU, "lstm": nn.LSTM}[kind](3, 8, batch_first=True)

    class Peer(nn.Module):
        def __init__(self):
            super().__init__()
            self.rnn = rnn
            self.fc = nn.Linear(8, 4)

        def forward(self, x):
            o, _ = self.rnn(x)
            return self.fc(o[:, -1])

    return Peer()


@torch.no_grad()
def evaluate_all(peers, x, y):
    scores = {}
    for name, net in peers.items():
        net.eval()
        scores[name] = (net(x).argmax(-1) == y).float().mean().item()
    return scores


def mutual_step(peers, opts, name, x, y, tau=2.0):
    me = peers[name]
    other = peers["b" if name == "a" else "a"]
    me.train()
    logits = me(x)
    peer_logits = other(x).detach()
    kl = F.kl_div(F.log_softmax(logits / tau, -1), F.softmax(peer_logits / tau, -1), reduction="batchmean")
    loss = F.cross_entropy(logits, y) + kl
    opts[name].zero_grad()
    loss.backward()
    opts[name].step()
    return loss.item()


torch.manual_seed(12)
peers = {"a": make_peer("gru"), "b": make_peer("lstm")}
opts = {k: torch.optim.Adam(v.parameters(), lr=1e-2) for k, v in peers.items()}
x, y = torch.randn(6, 7, 3), torch.randint(0, 4, (6,))
for epoch in range(3):
    for name in peers:
        mutual_step(peers, opts, name, x, y)
    print(epoch, evaluate_all(peers, x, y))
