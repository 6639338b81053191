# expect: crash
"""Phoneme classifier with layer-wise LR decay; a learned input projection feeds the frozen (eval) lowest layers."""
import torch
import torch.nn as nn
import torch.nn.functional as F

N_PHONES = 10


class Stack(nn.Module):
    def __init__(self, feat=6, hidden=8, layers=3):
        super().__init__()
        self.layers = nn.ModuleList(
            [nn.LSTM(feat if i == 0 else hidden, hidden, batch_first=True) for i in range(layers)])
        self.out = nn.Linear(hidden, N_PHONES)
        self.inproj = nn.Linear(feat, feat)

    def forward(self, x):
        x = self.inproj(x)
        for layer in self.layers:
            x, _ = layer(x)
        return self.out(x)


def param_groups(model, base_lr, decay, n_frozen):
    groups = [{"params": model.out.parameters(), "lr": base_lr},
              {"params": model.inproj.parameters(), "lr": base_lr * decay ** len(model.layers)}]
    depth = len(model.layers)
    for i, layer in enumerate(model.layers):
        if i < n_frozen:
            layer.requires_grad_(False)
            layer.eval()
            continue
        groups.append({"params": layer.parameters(), "lr": base_lr * decay ** (depth - i)})
    return groups


def main():
    torch.manual_seed(6)
    model = Stack()
    opt = torch.optim.AdamW(param_groups(model, 1e-2, 0.7, n_frozen=2))
    feats = torch.randn(3, 7, 6)
    tags = torch.randint(0, N_PHONES, (3, 7))
    for step in range(3):
        logits = model(feats)
        loss = F.cross_entropy(logits.reshape(-1, N_PHONES), tags.reshape(-1))
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print(step, f"{loss.item():.4f}")


if __name__ == "__main__":
    main()
