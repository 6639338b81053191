import torch
import torch.nn.functional as F


def evaluate(model, batches):
    model.eval()
    with torch.no_grad():
        return sum(F.binary_cross_entropy_with_logits(model(x), y).item() for x, y in batches) / len(batches)


def pretrain(model, batches, val, ckpt_path, save_best):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    best = float("inf")
    for epoch in range(2):
        model.train()
        for x, y in batches:
            loss = F.binary_cross_entropy_with_logits(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        v = evaluate(model, val)
        if v < best:
            best = v
            save_best(model, ckpt_path)
    return best


def finetune(model, batches):
    opt = torch.optim.SGD(model.parameters(), lr=1e-3)
    for x, y in batches:
        loss = F.binary_cross_entropy_with_logits(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()
