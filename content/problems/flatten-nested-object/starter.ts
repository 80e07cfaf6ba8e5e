type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export class ObjectFlattener {
  flatten(obj: { [key: string]: Json }): { [path: string]: Json } {
    // Return a flat object mapping escaped dotted paths to leaves.
    return {};
  }

  unflatten(flat: { [path: string]: Json }): { [key: string]: Json } {
    // Rebuild the nested object from an object produced by flatten.
    return {};
  }
}
