# expect: crash
# Magnitude pruning of an LSTM's recurrent weights with torch.nn.utils.prune; the sparsity report evaluates in
# eval mode, and the prune-then-finetune schedule goes straight back to fine-tuning.
import torch
import torch.nn as nn
import torch.nn.utils.prune as prune


class SentimentLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.embedding = nn.Embedding(100, 16)
        self.lstm = nn.LSTM(16, 24, batch_first=True)
        self.classifier = nn.Linear(24, 2)

    def forward(self, x):
        _, (h, _) = self.lstm(self.embedding(x))
        return self.classifier(h[-1])


def sparsity_report(model, xs, ys):
    model.eval()
    zeros = float((model.lstm.weight_hh_l0 == 0).sum())
    with torch.no_grad():
        acc = (model(xs).argmax(-1) == ys).float().mean().item()
    return {"sparsity": zeros / model.lstm.weight_hh_l0.nelement(), "acc": acc}


def finetune(model, xs, ys, steps, opt):
    for _ in range(steps):
        loss = nn.functional.cross_entropy(model(xs), ys)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


torch.manual_seed(0)
net = SentimentLSTM()
xs, ys = torch.randint(0, 100, (8, 10)), torch.randint(0, 2, (8,))
opt = torch.optim.Adam(net.parameters(), lr=1e-2)
net.train()
print("dense", finetune(net, xs, ys, 3, opt))
for amount in (0.2, 0.4):
    prune.l1_unstructured(net.lstm, name="weight_hh_l0", amount=amount)
    print(sparsity_report(net, xs, ys))
    print("finetuned", finetune(net, xs, ys, 2, opt))
prune.remove(net.lstm, "weight_hh_l0")
print("done")
