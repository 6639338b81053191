"""Train / evaluate loops in the spirit of rec_train.py in OCR toolkits."""
import torch


def train_one_epoch(net, loader, loss_func, optimizer, logger):
    for step, batch in enumerate(loader):
        preds = net(batch["img"])
        T, B = preds.shape[:2]
        loss = loss_func(preds, batch["label"], torch.full((B,), T, dtype=torch.long), batch["length"])
        optimizer.zero_grad()
        loss.backward()  # TM001-here
        optimizer.step()
        if step % 2 == 0:
            logger(f"step {step} loss {loss.item():.3f}")


def greedy_decode(preds):
    best = preds.argmax(2).t().tolist()
    out = []
    for row in best:
        chars, prev = [], 0
        for c in row:
            if c != 0 and c != prev:
                chars.append(c)
            prev = c
        out.append(chars)
    return out


def evaluate(net, loader, converter=greedy_decode):
    net.eval()
    n_correct = n_total = 0
    with torch.no_grad():
        for batch in loader:
            decoded = converter(net(batch["img"]))
            for pred, gold, n in zip(decoded, batch["label"].tolist(), batch["length"].tolist()):
                n_correct += int(pred == gold[:n])
                n_total += 1
    return {"acc": n_correct / max(n_total, 1)}
