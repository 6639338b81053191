import torch


def _backward(loss, **_):
    loss.backward()  # TM001-here


STEP_FNS = {"backward": _backward}


def training_step(model, batch):
    input_ids, labels = batch
    loss, _ = model(input_ids, labels=labels)
    return loss


def run_epoch(model, dataloader, optimizer, epoch=0, **kwargs):
    for step, batch in enumerate(dataloader):
        loss = training_step(model, batch)
        STEP_FNS["backward"](loss, step=step)
        optimizer.step()
        optimizer.zero_grad()


def evaluate(model, dataloader, metric):
    model.eval()
    for input_ids, labels in dataloader:
        with torch.no_grad():
            _, logits = model(input_ids)
        metric.add_batch(predictions=logits.argmax(dim=-1), references=labels)
    return metric.compute()
