# expect: crash
"""Dialogue state tracking: a slot gate (none / dontcare / value) over an
utterance encoder. Per-turn gradient norms are used to find noisy annotations,
computed one turn at a time with torch.func.grad.
"""
import torch
import torch.nn as nn
from torch.func import functional_call, grad

SLOTS = ["hotel-area", "hotel-stars", "train-day"]
VOCAB = 30


class SlotGate(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.emb = nn.Embedding(VOCAB, 8)
        self.slot_emb = nn.Embedding(len(SLOTS), 2 * hidden)
        self.enc = nn.LSTM(8, hidden, batch_first=True, bidirectional=True)
        self.gate = nn.Linear(4 * hidden, 3)

    def forward(self, tokens, slot):
        h, _ = self.enc(self.emb(tokens))
        ctx = h.mean(1)
        return self.gate(torch.cat([ctx, self.slot_emb(slot)], dim=-1))


def turn_loss(params, buffers, model, tokens, slot, label):
    logits = functional_call(model, (params, buffers), (tokens.unsqueeze(0), slot.unsqueeze(0)))
    return nn.functional.cross_entropy(logits, label.unsqueeze(0))


def main():
    torch.manual_seed(3)
    model = SlotGate()
    model.train()
    tokens = torch.randint(VOCAB, (6, 7))
    slots = torch.randint(len(SLOTS), (6,))
    labels = torch.randint(3, (6,))

    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(3):
        loss = nn.functional.cross_entropy(model(tokens, slots), labels)
        opt.zero_grad()
        loss.backward()
        opt.step()

    params = {k: v.detach() for k, v in model.named_parameters()}
    buffers = dict(model.named_buffers())
    per_turn = grad(turn_loss)
    norms = []
    for i in range(tokens.shape[0]):
        g = per_turn(params, buffers, model, tokens[i], slots[i], labels[i])  # TM002-here
        norms.append(torch.sqrt(sum((v ** 2).sum() for v in g.values())).item())
    noisy = sorted(range(len(norms)), key=norms.__getitem__, reverse=True)[:2]
    print("suspect turns", noisy, [round(norms[i], 3) for i in noisy])


if __name__ == "__main__":
    main()
