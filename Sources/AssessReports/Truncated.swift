/// The first `limit` items and how many were left out (nil when none: templates print 「另有 M 条」 only then).
struct Truncated<Item> {
    var items: [Item]
    var more: Int?

    init(_ all: [Item], limit: Int) {
        items = Array(all.prefix(max(0, limit)))
        more = all.count > items.count ? all.count - items.count : nil
    }
}
