import torch.nn.functional as F


def fire(callbacks, hook, state):
    for cb in callbacks:
        fn = getattr(cb, hook, None)
        if fn is not None:
            fn(state)


def run(model, opt, batches, callbacks, epochs=2):
    state = {"batch": 0}
    for epoch in range(epochs):
        state["epoch"] = epoch
        fire(callbacks, "on_epoch_start", state)
        for x, y in batches:
            fire(callbacks, "on_batch_start", state)
            opt.zero_grad()
            loss = F.cross_entropy(model(x), y)
            loss.backward()  # TM001-here
            opt.step()
            state["batch"] += 1
            fire(callbacks, "on_batch_end", state)
    fire(callbacks, "on_train_end", state)
    return state
