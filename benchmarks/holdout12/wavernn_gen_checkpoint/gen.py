def gen_testset(model, test_set, samples, batched, save_path, target=11_000, overlap=550):
    k = model.step if hasattr(model, "step") else 0
    for i, (m,) in enumerate(test_set, 1):
        if i > samples:
            break
        print(f"| Generating: {i}/{samples} (k={k})")
        model.generate(m, save_path, batched, target, overlap)
