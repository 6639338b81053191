# expect: crash
"""ROME-like rank-one knowledge edit on a two-layer GRU language model (edit at the first layer's MLP): find the value vector v* by gradient descent, then
write it into the output projection with a rank-one update."""
import torch
import torch.nn as nn
import torch.nn.functional as F

V, E, H = 25, 8, 12


class GruLM(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(V, E)
        self.gru = nn.GRU(E, H, batch_first=True)
        self.mlp_in = nn.Linear(H, H)
        self.mlp_out = nn.Linear(H, H, bias=False)
        self.gru2 = nn.GRU(H, H, batch_first=True)
        self.lm = nn.Linear(H, V)

    def hidden(self, tok):
        h, _ = self.gru(self.emb(tok))
        return h

    def forward(self, tok, edit=None):
        h = self.hidden(tok)
        k = torch.relu(self.mlp_in(h))
        v = self.mlp_out(k)
        if edit is not None:
            v = v.clone()
            v[:, -1] = v[:, -1] + edit
        h2, _ = self.gru2(h + v)
        return self.lm(h2), k[:, -1]


def compute_v_star(model, prompt, target_tok, steps=5, lr=0.5):
    delta = torch.zeros(H, requires_grad=True)
    opt = torch.optim.Adam([delta], lr=lr)
    for _ in range(steps):
        logits, _ = model(prompt, edit=delta)
        loss = F.cross_entropy(logits[:, -1], target_tok) + 1e-2 * delta.norm()
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return delta.detach()


def rank_one_update(model, key, delta):
    with torch.no_grad():
        k = key.mean(0)
        model.mlp_out.weight += torch.outer(delta, k) / (k @ k + 1e-6)


def main():
    torch.manual_seed(9)
    model = GruLM()
    model.eval()
    for p in model.parameters():
        p.requires_grad_(False)
    prompt = torch.randint(0, V, (2, 5))
    target = torch.full((2,), 3)
    delta = compute_v_star(model, prompt, target)
    with torch.no_grad():
        _, key = model(prompt)
    rank_one_update(model, key, delta)
    with torch.no_grad():
        logits, _ = model(prompt)
    print("p(target) after edit", F.softmax(logits[:, -1], -1)[:, 3].tolist())


if __name__ == "__main__":
    main()
