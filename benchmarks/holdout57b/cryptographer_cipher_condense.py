# expect: crash
"""Cryptographer: condense a corpus of cipher-text snippets into a handful of
synthetic sequences by gradient matching (dataset condensation)."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(3)
VOCAB, EMB, HID, SEQ, CLASSES = 12, 6, 10, 8, 3


class CipherClassifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(EMB, HID, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * HID, CLASSES)

    def forward(self, emb):
        out, _ = self.rnn(emb)
        return self.fc(out.mean(1))


def real_batch(embed, n=8):
    tokens = torch.randint(0, VOCAB, (n, SEQ))
    labels = tokens[:, 0] % CLASSES
    return embed(tokens).detach(), labels


def param_grads(net, x, y, create_graph=False):
    loss = F.cross_entropy(net(x), y)
    params = [p for p in net.parameters() if p.requires_grad]
    return torch.autograd.grad(loss, params, create_graph=create_graph)  # TM001-here


def match_distance(g_real, g_syn):
    dist = 0.0
    for a, b in zip(g_real, g_syn):
        a, b = a.flatten(), b.flatten()
        dist = dist + (1 - F.cosine_similarity(a, b, dim=0))
    return dist


def main():
    embed = nn.Embedding(VOCAB, EMB)
    syn_x = torch.randn(CLASSES, SEQ, EMB, requires_grad=True)
    syn_y = torch.arange(CLASSES)
    syn_opt = torch.optim.Adam([syn_x], lr=0.05)
    for outer in range(3):
        net = CipherClassifier()
        # the network is only a probe here: freeze dropout/bn behaviour
        net.eval()
        x, y = real_batch(embed)
        g_real = [g.detach() for g in param_grads(net, x, y)]
        with torch.backends.cudnn.flags(enabled=False):
            g_syn = param_grads(net, syn_x, syn_y, create_graph=True)
        loss = match_distance(g_real, g_syn)
        syn_opt.zero_grad()
        loss.backward()
        syn_opt.step()
        print(f"outer {outer} match distance {loss.item():.4f}")


if __name__ == "__main__":
    main()
