import torch
import torch.nn as nn


def evaluate(model, data):
    model.eval()
    correct = total = 0
    with torch.no_grad():
        for x, y in data:
            pred = model(x).argmax(-1)
            correct += (pred == y).sum().item()
            total += y.numel()
    return correct / max(total, 1)


def train_epoch(model, data, opt):
    crit = nn.CrossEntropyLoss()
    running = 0.0
    for x, y in data:
        logits = model(x)
        loss = crit(logits.reshape(-1, 3), y.reshape(-1))
        opt.zero_grad()
        loss.backward()
        opt.step()
        running += loss.item()
    return running / len(data)


def fit(model, train_data, dev_data, epochs=2, lr=1e-2):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    history = []

    for epoch in range(epochs):
        model.train()
        loss = train_epoch(model, train_data, opt)
        acc = evaluate(model, dev_data)
        history.append((epoch, round(loss, 4), round(acc, 4)))
    return history
