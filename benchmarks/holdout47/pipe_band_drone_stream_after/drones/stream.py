def batch_stream(model, batches, probe, every):
    """Yield training batches; after every `every` batches look at the probe in eval mode."""
    for i, batch in enumerate(batches):
        yield batch
        if (i + 1) % every == 0:
            model.eval()
            probe(model)
        model.train()
