import logging

import torch
import torch.nn.functional as F

log = logging.getLogger("crock.training")


def finetune(model, batches, epochs=1, lr=1e-3):
    opt = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=1e-4)
    history = []
    for epoch in range(epochs):
        running = 0.0
        for temp, ph in batches:
            pred = model(temp)
            loss = F.smooth_l1_loss(pred, ph)
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
            running += loss.item()
        history.append(running / len(batches))
        log.info("epoch %d loss %.4f", epoch, history[-1])
    return history
