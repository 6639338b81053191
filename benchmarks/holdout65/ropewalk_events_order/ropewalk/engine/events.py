EVENTS = ("train_start", "epoch_start", "batch_end", "epoch_end", "train_end")


def fire(engine, event):
    for cb in engine.callbacks:
        handler = getattr(cb, "on_" + event, None)
        if callable(handler):
            handler(engine)
