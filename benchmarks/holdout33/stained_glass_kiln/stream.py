def interleaved(model, train_batches, val_batches, every=2):
    """Yield ("train", batch) and, every `every` train batches, one ("val", batch).

    The generator sets the mode for each batch it hands out.
    """
    v = 0
    for i, batch in enumerate(train_batches):
        model.train()
        yield "train", batch
        if (i + 1) % every == 0:
            model.eval()
            yield "val", val_batches[v % len(val_batches)]
            v += 1
