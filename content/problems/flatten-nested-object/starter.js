export class ObjectFlattener {
  flatten(obj) {
    // Return a flat object mapping escaped dotted paths to leaves.
    return {};
  }

  unflatten(flat) {
    // Rebuild the nested object from an object produced by flatten.
    return {};
  }
}
