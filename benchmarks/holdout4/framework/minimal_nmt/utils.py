"""Training utilities: epoch loop with validation and a step scheduler."""
import torch
import torch.nn.functional as F


def sequence_nll(outputs, trg, pad_idx=0):
    return F.nll_loss(outputs.flatten(0, 1), trg[1:].flatten(), ignore_index=pad_idx)


def evaluate(model, val_iter):
    model.eval()
    total = 0.0
    with torch.no_grad():
        for src, trg in val_iter:
            total += sequence_nll(model(src, trg, teacher_forcing_ratio=0.0), trg).item()
    return total / len(val_iter)


def train(model, optimizer, scheduler, train_iter, val_iter, num_epochs, grad_clip=5.0):
    model.train()
    for epoch in range(num_epochs):
        for step, (src, trg) in enumerate(train_iter):
            optimizer.zero_grad()
            loss = sequence_nll(model(src, trg), trg)
            loss.backward()  # TM001-here
            torch.nn.utils.clip_grad_norm_(model.parameters(), grad_clip)
            optimizer.step()
        val_loss = evaluate(model, val_iter)
        scheduler.step(val_loss)
        print(f"epoch {epoch}: train {loss.item():.3f} val {val_loss:.3f}")
