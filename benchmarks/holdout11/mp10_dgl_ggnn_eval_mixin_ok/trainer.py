import torch.nn.functional as F


def accuracy(logits, labels):
    return (logits.argmax(-1) == labels).float().mean().item()


def run(model, train_batches, val_batches, optimizer, epochs=3):
    for epoch in range(epochs):
        for g in train_batches:
            loss = F.cross_entropy(model(g), g["label"])
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
        print(f"epoch {epoch} loss {loss.item():.4f} val acc {model.evaluate(val_batches, accuracy):.3f}")
