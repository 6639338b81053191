def phase_stream(model, train_batches, val_batches, epochs):
    """Yields (phase, epoch, batch); owns the model's mode between yields."""
    for epoch in range(epochs):
        model.train()
        for batch in train_batches:
            yield "train", epoch, batch
        model.eval()
        for batch in val_batches:
            yield "val", epoch, batch
