def on_start(model, x):
    print("input", tuple(x.shape))
