import torch


def make_update_fn(model, optimizer, loss_fn, scaler=None):
    """Custom process_function replacing create_supervised_trainer (we need the AMP scaler hook)."""

    def update(engine, batch):
        x, y = batch
        optimizer.zero_grad()
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=False):
            y_pred = model(x)
            loss = loss_fn(y_pred, y)
        if scaler is not None:
            scaler.scale(loss).backward()  # TM001-here
            scaler.step(optimizer)
            scaler.update()
        else:
            loss.backward()
            optimizer.step()
        return loss.item()

    return update
