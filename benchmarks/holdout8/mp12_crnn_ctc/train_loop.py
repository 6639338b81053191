import torch
import torch.nn as nn


def ctc_epoch(model, batches, optimizer):
    ctc = nn.CTCLoss(blank=0, zero_infinity=True)
    for images, targets, target_lengths in batches:
        log_probs = model(images)
        input_lengths = torch.full((images.size(0),), log_probs.size(0), dtype=torch.long)
        loss = ctc(log_probs, targets, input_lengths, target_lengths)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    return loss.item()
