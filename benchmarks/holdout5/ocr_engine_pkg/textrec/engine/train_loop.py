import torch


def train_one_epoch(model, loader, optimizer, criterion, epoch, log_every=2):
    model.train()
    for it, (images, labels, label_lens) in enumerate(loader):
        logits = model(images).permute(1, 0, 2).log_softmax(2)  # T, B, C
        input_lens = torch.full((images.size(0),), logits.size(0), dtype=torch.long)
        loss = criterion(logits, labels, input_lens, label_lens)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        if it % log_every == 0:
            print(f"epoch {epoch} iter {it} loss {loss.item():.3f}")
